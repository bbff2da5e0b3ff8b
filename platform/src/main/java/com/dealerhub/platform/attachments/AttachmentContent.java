package com.dealerhub.platform.attachments;

import com.dealerhub.common.problem.InvalidField;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * What a file really is, judged by its first bytes rather than by what the client declares:
 * PDF (scanned signed forms, invoices), JPEG and PNG (photos).
 */
public final class AttachmentContent {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "application/pdf", new byte[]{'%', 'P', 'D', 'F', '-'},
            "image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    private AttachmentContent() {
    }

    /** The content type the bytes show, if it is one the platform accepts. */
    public static Optional<String> detect(byte[] content) {
        return SIGNATURES.entrySet().stream()
                .filter(e -> content.length >= e.getValue().length
                        && Arrays.equals(content, 0, e.getValue().length, e.getValue(), 0, e.getValue().length))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** The accepted content type of the file; fails naming the field if it is empty, too large, unknown or not what it claims. */
    public static String check(byte[] content, String declaredType) {
        if (content.length == 0) {
            throw new InvalidField("content", "the file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidField("content", "the file exceeds " + MAX_BYTES + " bytes");
        }
        String actual = detect(content).orElseThrow(() ->
                new InvalidField("content", "only PDF, JPEG and PNG files are accepted"));
        String declared = declaredType == null ? "" : declaredType.split(";")[0].strip().toLowerCase();
        if (!declared.isEmpty() && !declared.equals("application/octet-stream") && !declared.equals(actual)) {
            throw new InvalidField("content", "the file is " + actual + ", not " + declared);
        }
        return actual;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
