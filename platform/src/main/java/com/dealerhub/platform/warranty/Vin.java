package com.dealerhub.platform.warranty;

import com.dealerhub.common.problem.ProblemCode;
import com.dealerhub.common.problem.InvalidField;

import java.util.Locale;

/**
 * A vehicle identification number (ISO 3779): 17 characters, digits and capital letters
 * without I, O and Q. Where the region uses it (North America, China GB 16735), the ninth
 * character is a check digit computed from the others.
 */
public record Vin(String value) {

    private static final String VALID = "[A-HJ-NPR-Z0-9]{17}";
    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

    public Vin {
        if (value == null || !value.matches(VALID)) {
            throw new InvalidField("vin", ProblemCode.VIN_FORM.with());
        }
    }

    /** Reads a VIN as typed (spaces and case forgiven), checking its check digit if the region requires one. */
    public static Vin parse(String typed, boolean checkDigitRequired) {
        Vin vin = new Vin(typed == null ? null : typed.replace(" ", "").toUpperCase(Locale.ROOT));
        if (checkDigitRequired && vin.value.charAt(8) != vin.expectedCheckDigit()) {
            throw new InvalidField("vin", ProblemCode.VIN_CHECK_DIGIT.with("expected", vin.expectedCheckDigit()));
        }
        return vin;
    }

    char expectedCheckDigit() {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += transliterate(value.charAt(i)) * WEIGHTS[i];
        }
        int remainder = sum % 11;
        return remainder == 10 ? 'X' : (char) ('0' + remainder);
    }

    private static int transliterate(char c) {
        if (Character.isDigit(c)) {
            return c - '0';
        }
        return switch (c) {
            case 'A', 'J' -> 1;
            case 'B', 'K', 'S' -> 2;
            case 'C', 'L', 'T' -> 3;
            case 'D', 'M', 'U' -> 4;
            case 'E', 'N', 'V' -> 5;
            case 'F', 'W' -> 6;
            case 'G', 'P', 'X' -> 7;
            case 'H', 'Y' -> 8;
            case 'R', 'Z' -> 9;
            default -> throw new IllegalStateException("not a VIN character: " + c);
        };
    }

    @Override
    public String toString() {
        return value;
    }
}
