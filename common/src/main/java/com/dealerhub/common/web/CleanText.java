package com.dealerhub.common.web;

import com.dealerhub.common.problem.CodedMessage;
import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.problem.ProblemCode;

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
        return InputBounds.textOf(check(value));
    }

    /** Why the value is not clean text, with its code, or null if it is. */
    public static CodedMessage check(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\uFFFD') {
                return ProblemCode.NOT_UTF8.with();
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return ProblemCode.CONTROL_CHARACTERS.with();
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return ProblemCode.NOT_UTF8.with();
            }
        }
        return null;
    }

    /** The value, if it is clean text; a 400 naming the field otherwise. */
    public static String require(String field, String value) {
        CodedMessage flaw = value == null ? null : check(value);
        if (flaw != null) {
            throw new InvalidField(field, flaw);
        }
        return value;
    }
}
