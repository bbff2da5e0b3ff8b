package com.dealerhub.platform.attachments;

import com.dealerhub.platform.tenancy.DealerOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A file attached to a case, with the checksum it had when it arrived. */
@Entity
@Table(name = "case_attachment")
public class Attachment extends DealerOwned {

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;


    private String purpose;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    private String sha256;

    private byte[] content;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    /** The uploader's roles when the file arrived: who supplied it, for gates that need evidence from a role. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "uploader_roles", nullable = false, updatable = false)
    private String[] uploaderRoles = new String[0];

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected Attachment() {
    }

    Attachment(UUID caseId, String dealerCode, String networkCode, String purpose, String fileName, String contentType,
               byte[] content, String uploadedBy, Set<String> uploaderRoles, Instant uploadedAt) {
        super(dealerCode, networkCode);
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.purpose = purpose;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.sha256 = AttachmentContent.sha256(content);
        this.uploadedBy = uploadedBy;
        this.uploaderRoles = uploaderRoles.stream().sorted().toArray(String[]::new);
        this.uploadedAt = uploadedAt;
    }

    public UUID id() { return id; }
    public UUID caseId() { return caseId; }
    public String purpose() { return purpose; }
    public String fileName() { return fileName; }
    public String contentType() { return contentType; }
    public long sizeBytes() { return sizeBytes; }
    public String sha256() { return sha256; }
    public byte[] content() { return content; }
    public String uploadedBy() { return uploadedBy; }
    public Instant uploadedAt() { return uploadedAt; }
}
