package uk.safeguarding.referral.mapping;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import uk.safeguarding.referral.api.SupportPlanContent;
import uk.safeguarding.referral.api.SupportPlanVersionView;
import uk.safeguarding.referral.api.SupportPlanView;
import uk.safeguarding.referral.repository.SupportPlan;
import uk.safeguarding.referral.repository.SupportPlanVersion;

@Mapper
public interface SupportPlanMapper {

    @Mapping(target = "id", source = "plan.id")
    @Mapping(target = "childId", source = "plan.childId")
    @Mapping(target = "version", source = "plan.version")
    @Mapping(target = "createdBy", source = "plan.createdBy")
    @Mapping(target = "createdAt", source = "plan.createdAt")
    @Mapping(target = "updatedBy", source = "plan.updatedBy")
    @Mapping(target = "updatedAt", source = "plan.updatedAt")
    SupportPlanView toApiModel(SupportPlan plan, SupportPlanContent content);

    @Mapping(target = "version", source = "version.key.version")
    @Mapping(target = "changedBy", source = "version.changedBy")
    @Mapping(target = "changedAt", source = "version.changedAt")
    SupportPlanVersionView toApiModel(SupportPlanVersion version, SupportPlanContent content);
}
