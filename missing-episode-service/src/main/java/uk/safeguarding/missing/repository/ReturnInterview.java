package uk.safeguarding.missing.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import uk.safeguarding.platform.crypto.EncryptedString;

import java.time.OffsetDateTime;

/** The return interview: offered, and conducted or declined. */
@Embeddable
public class ReturnInterview {

    @Column(name = "interview_offered_at")
    public OffsetDateTime offeredAt;

    @Column(name = "interview_conducted_at")
    public OffsetDateTime conductedAt;

    @Column(name = "interview_declined")
    public Boolean declined;

    @Convert(converter = EncryptedString.class)
    @Column(name = "interviewer_name")
    public String conductedByName;

    @Column(name = "interviewer_org_id")
    public String conductedByOrgId;

    @Column(name = "interview_independent")
    public Boolean independent;

    @Convert(converter = EncryptedString.class)
    @Column(name = "interview_findings")
    public String findings;

    @Column(name = "disclosed_exploitation")
    public Boolean disclosedExploitation;

    @Column(name = "interview_recorded_by")
    public String recordedByActor;
}
