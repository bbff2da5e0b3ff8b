package com.dealerhub.it.support;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Fresh synthetic VINs with a correct ISO 3779 check digit, so that each test claims on a
 * vehicle no other test has touched. Written independently of the platform's VIN class, so
 * that the tests check it rather than repeat it.
 */
public final class Vins {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
    /** Transliteration values of A..Z (I, O and Q never occur). */
    private static final String LETTER_VALUES = "12345678-12345-7-923456789";
    private static final String WEIGHTS = "8765432X098765432";

    private Vins() {
    }

    public static String random() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] vin = ("LDH" + "0".repeat(14)).toCharArray();
        for (int i = 3; i < 17; i++) {
            vin[i] = ALPHABET.charAt(random.nextInt(i >= 11 ? 10 : ALPHABET.length()));
        }
        vin[8] = checkDigit(vin);
        return new String(vin);
    }

    /** The same VIN with a wrong check digit. */
    public static String withWrongCheckDigit(String vin) {
        char wrong = vin.charAt(8) == '0' ? '1' : '0';
        return vin.substring(0, 8) + wrong + vin.substring(9);
    }

    private static char checkDigit(char[] vin) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            if (i == 8) {
                continue;
            }
            char c = vin[i];
            int value = Character.isDigit(c) ? c - '0' : LETTER_VALUES.charAt(c - 'A') - '0';
            int weight = WEIGHTS.charAt(i) == 'X' ? 10 : WEIGHTS.charAt(i) - '0';
            sum += value * weight;
        }
        int remainder = sum % 11;
        return remainder == 10 ? 'X' : (char) ('0' + remainder);
    }
}
