package uk.safeguarding.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.safeguarding.notification.mapping.DisclosureMapper;
import uk.safeguarding.platform.children.ChildProjection;
import uk.safeguarding.platform.children.ChildProjections;
import uk.safeguarding.notification.repository.DisclosureRepository;
import uk.safeguarding.notification.api.DisclosureView;
import uk.safeguarding.platform.web.Page;
import uk.safeguarding.platform.problem.ProblemException;
import uk.safeguarding.platform.security.Caller;

import java.util.List;
import java.util.UUID;

/** Reading the disclosure log: auditors all of it; a DCPO the entries of its own setting's children. */
@ApplicationScoped
public class DisclosureQueries {

    private final DisclosureRepository disclosures;
    private final ChildProjections children;
    private final DisclosureMapper mapper;

    public DisclosureQueries(DisclosureRepository disclosures, ChildProjections children, DisclosureMapper mapper) {
        this.disclosures = disclosures;
        this.children = children;
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DisclosureView> list(UUID childId, int page, int size) {
        var query = disclosures.search(childId);
        List<DisclosureView> items = query.page(page, size).list().stream().map(mapper::toApiModel).toList();
        return new Page<>(items, page, size, query.count());
    }

    /** A DCPO sees a child's entries only when the child belongs to (or lives at) its setting; else 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DisclosureView> listForSetting(UUID childId, String settingOrgId, int page, int size) {
        if (childId == null) {
            throw ProblemException.badRequest("childId", "is required for a DCPO");
        }
        ChildProjection child = children.find(childId).orElse(null);
        Caller.visibleOr404(child, child != null
                && (settingOrgId.equals(child.settingOrgId) || settingOrgId.equals(child.residenceOrgId)), "child");
        return list(childId, page, size);
    }
}
