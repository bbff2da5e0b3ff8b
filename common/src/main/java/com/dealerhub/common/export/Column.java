package com.dealerhub.common.export;

import java.util.Objects;

/**
 * One column of a {@link Table}: what its cells hold and its header in each language the platform speaks.
 *
 * @param type     what the cells hold
 * @param chinese  the header in Simplified Chinese (zh-CN)
 * @param english  the header in English (en)
 */
public record Column(CellType type, String chinese, String english) {

    public Column {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(chinese, "chinese");
        Objects.requireNonNull(english, "english");
    }

    /** The header in the reader's language. */
    public String header(Language language) {
        return language == Language.ZH_CN ? chinese : english;
    }
}
