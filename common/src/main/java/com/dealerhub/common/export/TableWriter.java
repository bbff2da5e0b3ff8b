package com.dealerhub.common.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a {@link Table} as a file of one format, headers in the reader's language. */
public interface TableWriter {

    /** Writes the table to {@code out}; does not close it. */
    void write(Table table, Language language, OutputStream out) throws IOException;

    /** The media type of what {@link #write} writes. */
    String mediaType();

    /** The file name extension, without the dot. */
    String extension();
}
