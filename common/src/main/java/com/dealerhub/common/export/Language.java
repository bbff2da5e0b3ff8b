package com.dealerhub.common.export;

import com.dealerhub.common.problem.InvalidField;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.Locale;

/**
 * The language an export is written in: Simplified Chinese (the default) or English, as the
 * platform's notifications and console speak.
 */
public enum Language {
    ZH_CN("zh-CN"), EN("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The language tag: {@code zh-CN} or {@code en}. */
    public String tag() {
        return tag;
    }

    /**
     * The caller's language: the {@code lang} query parameter ({@code zh-CN} or {@code en}) if given,
     * else the first of {@code Accept-Language} that is Chinese or English, else Chinese.
     *
     * @param lang    the {@code lang} query parameter, may be null
     * @param headers the request's headers, may be null
     * @throws InvalidField naming {@code lang} when it is neither
     */
    public static Language of(String lang, HttpHeaders headers) {
        if (lang != null && !lang.isBlank()) {
            Language chosen = byPrefix(lang.strip().toLowerCase(Locale.ROOT));
            if (chosen == null) {
                throw new InvalidField("lang", "write zh-CN or en");
            }
            return chosen;
        }
        if (headers != null) {
            for (Locale locale : headers.getAcceptableLanguages()) {
                Language accepted = byPrefix(locale.getLanguage().toLowerCase(Locale.ROOT));
                if (accepted != null) {
                    return accepted;
                }
            }
        }
        return ZH_CN;
    }

    private static Language byPrefix(String tag) {
        if (tag.equals("zh") || tag.startsWith("zh-") || tag.startsWith("zh_")) {
            return ZH_CN;
        }
        if (tag.equals("en") || tag.startsWith("en-") || tag.startsWith("en_")) {
            return EN;
        }
        return null;
    }
}
