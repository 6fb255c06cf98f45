package uk.safeguarding.concern.mapping;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import uk.safeguarding.concern.api.ConcernResponse;
import uk.safeguarding.concern.api.IntelligenceView;
import uk.safeguarding.concern.api.RaiseConcernRequest;
import uk.safeguarding.concern.domain.Indicator;
import uk.safeguarding.concern.repository.Child;
import uk.safeguarding.concern.repository.Concern;
import uk.safeguarding.concern.repository.ConcernDecision;
import uk.safeguarding.concern.repository.ConcernIndicator;
import uk.safeguarding.platform.event.data.ConcernDecidedEvent;
import uk.safeguarding.platform.event.data.ConcernEvent;

import java.time.OffsetDateTime;
import java.util.List;

@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI)
public interface ConcernMapper {

    @Mapping(target = "id", source = "concern.id")
    @Mapping(target = "childId", source = "concern.childId")
    @Mapping(target = "settingOrgId", source = "concern.settingOrgId")
    @Mapping(target = "observedAt", source = "concern.observedAt")
    @Mapping(target = "summary", source = "concern.summary")
    @Mapping(target = "status", source = "concern.status")
    @Mapping(target = "riskScore", source = "concern.riskScore")
    @Mapping(target = "riskLevel", source = "concern.riskLevel")
    @Mapping(target = "riskModelVersion", source = "concern.riskModelVersion")
    @Mapping(target = "professionalRiskLevel", source = "concern.professionalRiskLevel")
    @Mapping(target = "cseSuspected", source = "concern.cseSuspected")
    @Mapping(target = "reviewBy", source = "concern.reviewBy")
    @Mapping(target = "closeRationale", source = "concern.closeRationale")
    @Mapping(target = "closedAt", source = "concern.closedAt")
    @Mapping(target = "createdAt", source = "concern.createdAt")
    @Mapping(target = "updatedAt", source = "concern.updatedAt")
    @Mapping(target = "consentAssessment", expression = "java(consentAssessment(concern))")
    @Mapping(target = "consentFactors", expression = "java(concern.consentFactors())")
    @Mapping(target = "linkedCrimeTypes", expression = "java(concern.linkedCrimeTypes())")
    @Mapping(target = "reportedBy", expression = "java(reportedBy(concern))")
    @Mapping(target = "raisedBy", expression = "java(concern.raisedBy.label())")
    @Mapping(target = "indicators", source = "indicators")
    @Mapping(target = "intelligence", source = "intelligence")
    @Mapping(target = "intelligenceItemsWithheld", source = "intelligenceItemsWithheld")
    @Mapping(target = "decisions", source = "decisions")
    ConcernResponse toApiModel(Concern concern, List<ConcernResponse.IndicatorView> indicators, IntelligenceView intelligence,
                               Integer intelligenceItemsWithheld, List<ConcernResponse.DecisionView> decisions);

    @Mapping(target = "code", source = "indicator.code")
    @Mapping(target = "category", source = "definition.category")
    @Mapping(target = "description", source = "definition.description")
    @Mapping(target = "weight", source = "definition.weight")
    @Mapping(target = "significant", source = "definition.significant")
    @Mapping(target = "source", source = "indicator.source")
    @Mapping(target = "addedAt", source = "indicator.addedAt")
    ConcernResponse.IndicatorView toApiModel(ConcernIndicator indicator, Indicator definition);

    @Mapping(target = "consent", expression = "java(new ConcernResponse.Consent(decision.consentStatus, decision.consentFrom, decision.consentReason))")
    @Mapping(target = "specialistReferral", expression = "java(decision.specialistOrgId == null ? null : new ConcernResponse.SpecialistReferral(decision.specialistOrgId, decision.specialistAgreed, decision.specialistAgreedBy))")
    ConcernResponse.DecisionView toApiModel(ConcernDecision decision);

    @Mapping(target = "concernId", source = "concern.id")
    @Mapping(target = "childId", source = "concern.childId")
    @Mapping(target = "settingOrgId", source = "concern.settingOrgId")
    @Mapping(target = "residenceOrgId", source = "child.residenceOrgId")
    @Mapping(target = "lookedAfter", source = "child.lookedAfter")
    @Mapping(target = "placingAuthorityOrgId", source = "child.placingAuthorityOrgId")
    @Mapping(target = "status", source = "concern.status")
    @Mapping(target = "riskLevel", expression = "java(concern.effectiveRiskLevel().name())")
    @Mapping(target = "riskModelVersion", source = "concern.riskModelVersion")
    @Mapping(target = "indicatorCodes", source = "indicatorCodes")
    @Mapping(target = "potentialOffences", expression = "java(concern.potentialOffences().stream().map(Enum::name).toList())")
    @Mapping(target = "raisedBy", expression = "java(concern.raisedBy.label())")
    @Mapping(target = "change", source = "change")
    @Mapping(target = "addedIndicators", source = "addedIndicators")
    @Mapping(target = "at", source = "at")
    ConcernEvent toEvent(Concern concern, Child child, List<String> indicatorCodes, String change,
                         List<String> addedIndicators, OffsetDateTime at);

    @Mapping(target = "concernId", source = "concern.id")
    @Mapping(target = "childId", source = "concern.childId")
    @Mapping(target = "settingOrgId", source = "concern.settingOrgId")
    @Mapping(target = "residenceOrgId", source = "child.residenceOrgId")
    @Mapping(target = "lookedAfter", source = "child.lookedAfter")
    @Mapping(target = "placingAuthorityOrgId", source = "child.placingAuthorityOrgId")
    @Mapping(target = "outcome", source = "decision.outcome")
    @Mapping(target = "cseSuspected", source = "decision.cseSuspected")
    @Mapping(target = "riskLevel", source = "decision.riskLevel")
    @Mapping(target = "consentStatus", source = "decision.consentStatus")
    @Mapping(target = "specialistOrgId", source = "decision.specialistOrgId")
    @Mapping(target = "specialistAgreed", expression = "java(Boolean.TRUE.equals(decision.specialistAgreed))")
    @Mapping(target = "specialistAgreedBy", source = "decision.specialistAgreedBy")
    @Mapping(target = "reviewBy", source = "decision.reviewBy")
    @Mapping(target = "decidedAt", source = "decision.decidedAt")
    ConcernDecidedEvent toEvent(Concern concern, Child child, ConcernDecision decision);

    default ConcernResponse.ConsentAssessmentView consentAssessment(Concern concern) {
        return new ConcernResponse.ConsentAssessmentView(concern.ageAtObservation, concern.legallyCapableOfConsent,
                concern.potentialOffences(), concern.childProtectionIssue, concern.harmMayStillOccur);
    }

    default RaiseConcernRequest.ReportedBy reportedBy(Concern concern) {
        return concern.reportedByName == null ? null : new RaiseConcernRequest.ReportedBy(concern.reportedByName, concern.reportedByRole);
    }
}
