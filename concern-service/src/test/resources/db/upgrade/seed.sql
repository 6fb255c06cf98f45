-- Rows as release 2026-12-01 of concern-service wrote them (UpgradeTest loads them on that release's schema,
-- as its owner role, before the current service starts): the directory, a child, a concern its DCPO referred
-- to police with its indicators, intelligence, decision and chronology, the referral as concern-service
-- learnt it, an event already handled and one still in the outbox. At a new release, keep them loading on
-- that release's schema, and add rows of the tables it brought.
insert into organisation_projection (id, name, type, local_authority_org_id, police_force_org_id, ofsted_urn, updated_at) values
    ('LA-801', 'Northshire Children''s Services', 'LOCAL_AUTHORITY', null, null, null, '2026-11-01 09:00:00+00'),
    ('PF-01', 'Northshire Police', 'POLICE_FORCE', null, null, null, '2026-11-01 09:00:00+00'),
    ('URN-100001', 'Northshire Academy', 'SCHOOL', 'LA-801', 'PF-01', null, '2026-11-01 09:00:00+00');

insert into child (id, setting_org_id, given_name, family_name, date_of_birth, date_of_birth_estimated, gender, upn, nhs_number,
                   residence_org_id, looked_after, placing_authority_org_id, vulnerabilities, created_at, updated_at, version) values
    ('11111111-1111-4111-8111-111111111111', 'URN-100001', 'Alice', 'Release', '2011-11-01', false, 'FEMALE', 'A123456789012', '9434765870',
     null, false, null, 'RUNAWAY_HISTORY', '2026-11-20 09:00:00+00', '2026-11-21 10:00:00+00', 1);

insert into concern (id, child_id, setting_org_id, observed_at, summary, status, risk_score, risk_level, risk_model_version,
                     professional_risk_level, age_at_observation, legally_capable_of_consent, potential_offences, child_protection_issue,
                     cf_sexual_activity, cf_exchange_for_reward, cf_indecent_images, cf_family_member, cf_position_of_trust,
                     cf_incapacitated, cf_threats_or_violence, cf_non_consensual, cf_capacity_in_doubt, reported_by_name, reported_by_role,
                     raised_by, raised_by_actor, cse_suspected, review_by, review_due_notified_at, anonymised_narrative, close_rationale,
                     closed_at, created_at, updated_at, version, linked_crime_types, harm_may_still_occur) values
    ('22222222-2222-4222-8222-222222222222', '11111111-1111-4111-8111-111111111111', 'URN-100001', '2026-11-28 09:30:00+00',
     'Seen getting into a car with an unknown adult after school', 'REFERRED', 4, 'HIGH', '2026.1',
     null, 15, false, 'UNDER_16_SEXUAL_ACTIVITY', true,
     false, false, false, false, false, false, false, false, false, null, null,
     'STAFF', 'user-staff-URN-100001@URN-100001', true, null, null, null, null,
     null, '2026-11-28 10:00:00+00', '2026-11-28 11:00:00+00', 2, '', false);

insert into concern_indicator (concern_id, code, source, added_at, added_by) values
    ('22222222-2222-4222-8222-222222222222', 'BEHAVIOUR_VEHICLES_UNKNOWN_ADULTS', 'RAISE', '2026-11-28 10:00:00+00', 'user-staff-URN-100001@URN-100001'),
    ('22222222-2222-4222-8222-222222222222', 'REL_OLDER_PARTNER', 'STAFF', '2026-11-28 10:30:00+00', 'user-staff-URN-100001@URN-100001');

insert into concern_decision (id, concern_id, outcome, rationale, cse_suspected, review_by, professional_risk_level, risk_level,
                              consent_status, consent_from, consent_reason, specialist_org_id, specialist_agreed, specialist_agreed_by,
                              override_rationale, decided_at, decided_by) values
    ('33333333-3333-4333-8333-333333333333', '22222222-2222-4222-8222-222222222222', 'REFER',
     'Indicators and the child''s account meet the threshold', true, null, null, 'HIGH',
     'NOT_SOUGHT', null, 'seeking consent would place the child at risk', null, null, null,
     null, '2026-11-28 11:00:00+00', 'user-dcpo-URN-100001@URN-100001');

-- content is AES-GCM ciphertext under the test key (safeguarding.crypto.key of %test), as the release's converter wrote it.
insert into concern_intelligence (concern_id, kind, content, added_at, added_by, match_key) values
    ('22222222-2222-4222-8222-222222222222', 'LOCATION',
     'v1:neYw8kvvSVmnjzgOJn7ULNbx+7y7nyiYk/u5NynLOxE8eZux4MI8fGffojy53r33zVqOa6cU/b7QBo8wolPF9MFXkeUv31789Q==',
     '2026-11-28 10:00:00+00', 'user-staff-URN-100001@URN-100001', null);

insert into concern_history (concern_id, at, actor, action, details) values
    ('22222222-2222-4222-8222-222222222222', '2026-11-28 10:00:00+00', 'user-staff-URN-100001@URN-100001', 'RAISED',
     '{"status":"RAISED","raisedBy":"staff","indicators":["BEHAVIOUR_VEHICLES_UNKNOWN_ADULTS"],"riskScore":3,"riskLevel":"MEDIUM","riskModelVersion":"2026.1","potentialOffences":[]}'),
    ('22222222-2222-4222-8222-222222222222', '2026-11-28 11:00:00+00', 'user-dcpo-URN-100001@URN-100001', 'DECIDED',
     '{"outcome":"REFER","status":{"from":"RAISED","to":"REFERRED"},"cseSuspected":true,"riskLevel":"HIGH","consentStatus":"NOT_SOUGHT"}');

insert into referral_projection (referral_id, concern_id, child_id, agency_org_id, agency_type, role, status, updated_at) values
    ('44444444-4444-4444-8444-444444444444', '22222222-2222-4222-8222-222222222222', '11111111-1111-4111-8111-111111111111',
     'PF-01', 'POLICE_FORCE', 'POLICE', 'DELIVERED', '2026-11-28 11:05:00+00');

insert into processed_event (handler, event_id, processed_at) values
    ('referrals', '55555555-5555-4555-8555-555555555555', '2026-11-28 11:05:00+00');

-- Written by the release, not yet published when it stopped: the current service's relay sends it.
insert into outbox_event (event_id, topic, record_key, type, payload, created_at, published_at, attempts) values
    ('66666666-6666-4666-8666-666666666666', 'safeguarding.concerns', '11111111-1111-4111-8111-111111111111', 'uk.safeguarding.concern.decided.v1',
     '{"specversion":"1.0","id":"66666666-6666-4666-8666-666666666666","source":"/concern-service","type":"uk.safeguarding.concern.decided.v1","subject":"11111111-1111-4111-8111-111111111111","time":"2026-11-28T11:00:00Z","datacontenttype":"application/json","data":{"concernId":"22222222-2222-4222-8222-222222222222","childId":"11111111-1111-4111-8111-111111111111","settingOrgId":"URN-100001","lookedAfter":false,"outcome":"REFER","cseSuspected":true,"riskLevel":"HIGH","consentStatus":"NOT_SOUGHT","decidedAt":"2026-11-28T11:00:00Z"}}',
     '2026-11-28 11:00:00+00', null, 0);
