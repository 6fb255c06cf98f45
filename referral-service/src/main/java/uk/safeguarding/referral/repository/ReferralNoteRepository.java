package uk.safeguarding.referral.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ReferralNoteRepository implements PanacheRepositoryBase<ReferralNote, UUID> {

    public List<ReferralNote> ofReferral(UUID referralId) {
        return list("referralId = ?1 order by createdAt, id", referralId);
    }

    public Optional<ReferralNote> latest(UUID referralId, ReferralNote.Kind kind) {
        return find("referralId = ?1 and kind = ?2 order by createdAt desc", referralId, kind).firstResultOptional();
    }
}
