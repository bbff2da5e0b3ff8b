package com.dealerhub.common.web;

import com.dealerhub.common.problem.InvalidField;

/**
 * Text from outside (JSON strings, query and path parameters, file names, CSV cells) is text a
 * person could have typed: no NUL or other control characters but tab and line breaks, no
 * unpaired surrogates, and no U+FFFD, which is what invalid UTF-8 bytes decode to. PostgreSQL
 * refuses NUL outright, and a replacement character stored in place of bytes that meant
 * something else is data lost without anyone being told.
 */
public final class CleanText {

    private CleanText() {
    }

    /** Why the value is not clean text, or null if it is. */
    public static String flaw(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\uFFFD') {
                return "must be valid UTF-8 text";
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return "must not contain control characters (such as NUL)";
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must be valid UTF-8 text";
            }
        }
        return null;
    }

    /** The value, if it is clean text; a 400 naming the field otherwise. */
    public static String require(String field, String value) {
        String flaw = value == null ? null : flaw(value);
        if (flaw != null) {
            throw new InvalidField(field, flaw);
        }
        return value;
    }
}
