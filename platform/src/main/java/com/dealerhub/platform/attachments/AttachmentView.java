package com.dealerhub.platform.attachments;

import java.time.Instant;
import java.util.UUID;

public record AttachmentView(UUID id, String purpose, String fileName, String contentType, long sizeBytes,
                             String sha256, String uploadedBy, Instant uploadedAt) {

    static AttachmentView of(Attachment a) {
        return new AttachmentView(a.id(), a.purpose(), a.fileName(), a.contentType(), a.sizeBytes(), a.sha256(),
                a.uploadedBy(), a.uploadedAt());
    }
}
