package uk.safeguarding.referral.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.safeguarding.platform.directory.Organisation;
import uk.safeguarding.platform.directory.OrganisationDirectory;
import uk.safeguarding.referral.repository.DirectoryEntry;
import uk.safeguarding.referral.repository.DirectoryRepository;

import java.util.Optional;

/**
 * The directory as this service owns it: role and organisation-type checks ({@code Caller})
 * read the organisation table itself, not a projection of its own events.
 */
@ApplicationScoped
public class OwnedOrganisationDirectory implements OrganisationDirectory {

    private final DirectoryRepository repository;

    public OwnedOrganisationDirectory(DirectoryRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Organisation> find(String orgId) {
        if (orgId == null) {
            return Optional.empty();
        }
        return repository.findByIdOptional(orgId).map(DirectoryEntry::toOrganisation);
    }
}
