package uk.safeguarding.concern.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SpecialistConsentRepository implements PanacheRepositoryBase<SpecialistConsent, UUID> {

    /** The latest word recorded through the consent endpoint on this specialist, if any. */
    public Optional<SpecialistConsent> latest(UUID concernId, String specialistOrgId) {
        return find("concernId = ?1 and specialistOrgId = ?2", Sort.descending("recordedAt"), concernId, specialistOrgId)
                .firstResultOptional();
    }

    public List<SpecialistConsent> of(UUID concernId) {
        return list("concernId", Sort.ascending("recordedAt"), concernId);
    }
}
