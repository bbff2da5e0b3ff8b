package com.dealerhub.platform.attachments;

import com.dealerhub.common.problem.InvalidField;
import com.dealerhub.common.problem.NotFound;
import com.dealerhub.common.security.Caller;
import com.dealerhub.common.security.CurrentCaller;
import com.dealerhub.platform.cases.CaseAccess;
import com.dealerhub.platform.cases.CaseWorkflow;
import com.dealerhub.platform.cases.ServiceCase;
import com.dealerhub.platform.outbox.Outbox;
import com.dealerhub.platform.tenancy.TenantService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Files of a case: added by who may work the case, read by who may read it. */
@TenantService
public class Attachments {

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseAccess cases;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    public AttachmentView attach(UUID caseId, String purpose, String fileName, String declaredType, byte[] content) {
        Caller caller = CurrentCaller.require();
        CaseWorkflow.requireMayChangeCases(caller);
        if (purpose == null || !purpose.matches("[A-Z_]{2,40}")) {
            throw new InvalidField("purpose", "an upper-case word such as PHOTO, INVOICE, GUARANTEE_LETTER");
        }
        if (fileName == null || fileName.isBlank() || fileName.length() > 200) {
            throw new InvalidField("name", "the file name, up to 200 characters");
        }
        ServiceCase serviceCase = cases.load(caseId);
        String contentType = AttachmentContent.check(content, declaredType);
        Instant now = clock.instant();
        Attachment attachment = new Attachment(caseId, serviceCase.dealerCode(), serviceCase.networkCode(), purpose,
                fileName.strip(), contentType, content, caller.username(), caller.roles(), now);
        em.persist(attachment);
        serviceCase.record("ATTACH", caller.username(), purpose + ": " + attachment.fileName(), now);
        outbox.recordChangeOf(caseId);
        return AttachmentView.of(attachment);
    }

    public List<AttachmentView> list(UUID caseId) {
        cases.load(caseId);
        // The view only: the files' content stays in the database until one is downloaded.
        return em.createQuery("""
                        SELECT new com.dealerhub.platform.attachments.AttachmentView(a.id, a.purpose, a.fileName, a.contentType,
                               a.sizeBytes, a.sha256, a.uploadedBy, a.uploadedAt)
                        FROM Attachment a WHERE a.caseId = :caseId ORDER BY a.uploadedAt, a.id""", AttachmentView.class)
                .setParameter("caseId", caseId).getResultList();
    }

    public Attachment get(UUID caseId, UUID attachmentId) {
        cases.load(caseId);
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null || !attachment.caseId().equals(caseId)) {
            throw new NotFound("attachment", attachmentId);
        }
        return attachment;
    }

    /** The purposes of the files the case carries. */
    public java.util.Set<String> purposes(UUID caseId) {
        return java.util.Set.copyOf(em.createQuery("SELECT DISTINCT a.purpose FROM Attachment a WHERE a.caseId = :caseId", String.class)
                .setParameter("caseId", caseId).getResultList());
    }

    /** Whether the case carries a file for this purpose attached by someone who held the role. */
    public boolean hasFrom(UUID caseId, String purpose, String role) {
        return !em.createNativeQuery("SELECT 1 FROM case_attachment WHERE case_id = ?1 AND purpose = ?2 AND ?3 = ANY (uploader_roles)")
                .setParameter(1, caseId).setParameter(2, purpose).setParameter(3, role).setMaxResults(1).getResultList().isEmpty();
    }

    /** Whether the case carries a file for this purpose. */
    public boolean has(UUID caseId, String purpose) {
        return em.createQuery("SELECT count(a) FROM Attachment a WHERE a.caseId = :caseId AND a.purpose = :purpose", Long.class)
                .setParameter("caseId", caseId).setParameter("purpose", purpose).getSingleResult() > 0;
    }
}
