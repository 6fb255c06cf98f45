package uk.safeguarding.concern.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ChildRepository implements PanacheRepositoryBase<Child, UUID> {

    public Optional<Child> findBySettingAndUpn(String settingOrgId, String upn) {
        return find("settingOrgId = ?1 and upn = ?2", settingOrgId, upn).firstResultOptional();
    }

    /** Children of a setting whose name contains {@code q} or whose UPN is {@code q}; all of them without {@code q}. */
    public PanacheQuery<Child> search(String settingOrgId, String q, String upn) {
        Sort newestFirst = Sort.descending("createdAt").and("id");
        if (q == null || q.isBlank()) {
            return find("settingOrgId = :setting", newestFirst, Parameters.with("setting", settingOrgId));
        }
        String like = "%" + q.trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return find("settingOrgId = :setting and (lower(givenName) like :q escape '\\' or lower(familyName) like :q escape '\\'"
                        + " or lower(concat(givenName, ' ', familyName)) like :q escape '\\' or upn = :upn)",
                newestFirst, Parameters.with("setting", settingOrgId).and("q", like).and("upn", upn));
    }
}
