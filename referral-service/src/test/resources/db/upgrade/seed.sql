-- Rows as release 2026-12-01 of referral-service wrote them (UpgradeTest loads them on that release's schema,
-- as its owner role, before the current service starts): a part of the directory (the demo directory adds
-- the rest at start, skipping these), a child as the service learnt it, the referral of its concern to
-- children's social care with an update from the DCPO, a support plan with its first version, an event
-- already handled and one still in the outbox. Free text is AES-GCM ciphertext under the test key
-- (safeguarding.crypto.key of %test), as the release's converter wrote it. At a new release, keep them
-- loading on that release's schema, and add rows of the tables it brought.
insert into organisation (id, name, type, local_authority_org_id, police_force_org_id, ofsted_urn, version, created_at, updated_at) values
    ('LA-801', 'Bristol City Council Children''s Services', 'LOCAL_AUTHORITY', null, null, null, 0, '2026-11-01 09:00:00+00', '2026-11-01 09:00:00+00'),
    ('PF-AVS', 'Avon and Somerset Police', 'POLICE_FORCE', null, null, null, 0, '2026-11-01 09:00:00+00', '2026-11-01 09:00:00+00'),
    ('URN-100001', 'Hillside Academy (release 2026-12-01)', 'SCHOOL', 'LA-801', 'PF-AVS', null, 1, '2026-11-01 09:00:00+00', '2026-11-15 09:00:00+00');

insert into child_projection (child_id, setting_org_id, residence_org_id, looked_after, placing_authority_org_id, age_band, updated_at) values
    ('11111111-1111-4111-8111-111111111111', 'URN-100001', null, false, null, '13-15', '2026-11-20 09:00:00+00');

insert into referral (id, concern_id, child_id, setting_org_id, residence_org_id, agency_org_id, agency_type, role, lawful_basis,
                      consent_status, status, outcome, response_note, onward_considered, onward_org_ids, onward_rationale, revoke_reason,
                      due_by, unresolved_agency, overdue_notified_at, source_event_id, created_at, updated_at, sent_at, acknowledged_at,
                      responded_at, revoked_at, version) values
    ('44444444-4444-4444-8444-444444444444', '22222222-2222-4222-8222-222222222222', '11111111-1111-4111-8111-111111111111',
     'URN-100001', null, 'LA-801', 'LOCAL_AUTHORITY', 'SOCIAL_CARE', 'LEGAL_OBLIGATION',
     'NOT_SOUGHT', 'SENT', null, null, null, null, null, null,
     '2026-11-29 11:00:00+00', false, null, '66666666-6666-4666-8666-666666666666', '2026-11-28 11:01:00+00', '2026-11-28 11:02:00+00',
     '2026-11-28 11:02:00+00', null, null, null, 1);

insert into referral_note (id, referral_id, kind, text, actor, created_at) values
    ('77777777-7777-4777-8777-777777777777', '44444444-4444-4444-8444-444444444444', 'UPDATE',
     'v1:sI7Kp+yteg4kG9bGaztM5ZQYOgNEk08XUg9e6uDcBQDl5QPvze91Z5BptEWadSWqkMMqFxoeom0z9YYN2Kc7BFIpTUhlKZVJQ+TJBuI=',
     'user-dcpo-URN-100001@URN-100001', '2026-11-28 12:00:00+00');

-- content: {"agreedServices":[{"service":"SPECIALIST_CSE","coordinatingAgencyOrgId":"SPEC-001","notes":"weekly sessions"}],
--           "childViews":"Wants to keep seeing her youth worker","reviewDate":"2027-01-15"}
insert into support_plan (id, child_id, content, version, created_by, created_at, updated_by, updated_at) values
    ('88888888-8888-4888-8888-888888888888', '11111111-1111-4111-8111-111111111111',
     'v1:iECkxFQlxGkouZW0kA2doKsDQLqsTljkz+QCYnQOgLaUA6Iovej6AVAqq2fNTaLHiYlc0J2f3ptFftTWQEP7KMk9840q4fcWFf3yY//J93p4VnuAD6PUR9nA/cGO5QlpUAAyOvww0IDxpdPWKUOTQRiCrbdnQce1hehR7eWjdugrZf8CwE5nO9Dhk56AxOnE2KWEnoCHtiAbmWOTCHBTZwgUTJ08/D4D/D+W7/i57tLk3U4BaVR77chN6z4Vo3QOvspzqU4DmNg7Oy4LQq6ptDxJ2ihJp+sCjP8u',
     1, 'user-dcpo-URN-100001@URN-100001', '2026-11-30 09:00:00+00', 'user-dcpo-URN-100001@URN-100001', '2026-11-30 09:00:00+00');
insert into support_plan_version (plan_id, version, content, changed_by, changed_at)
    select id, version, content, created_by, created_at from support_plan where id = '88888888-8888-4888-8888-888888888888';

insert into processed_event (handler, event_id, processed_at) values
    ('concerns', '66666666-6666-4666-8666-666666666666', '2026-11-28 11:01:00+00');

-- Written by the release, not yet published when it stopped: the current service's relay sends it.
insert into outbox_event (event_id, topic, record_key, type, payload, created_at, published_at, attempts) values
    ('99999999-9999-4999-8999-999999999999', 'safeguarding.referrals', '11111111-1111-4111-8111-111111111111', 'uk.safeguarding.referral.status-changed.v1',
     '{"specversion":"1.0","id":"99999999-9999-4999-8999-999999999999","source":"/referral-service","type":"uk.safeguarding.referral.status-changed.v1","subject":"11111111-1111-4111-8111-111111111111","time":"2026-11-28T11:02:00Z","datacontenttype":"application/json","data":{"referralId":"44444444-4444-4444-8444-444444444444","concernId":"22222222-2222-4222-8222-222222222222","childId":"11111111-1111-4111-8111-111111111111","settingOrgId":"URN-100001","agencyOrgId":"LA-801","agencyType":"LOCAL_AUTHORITY","role":"SOCIAL_CARE","lawfulBasis":"LEGAL_OBLIGATION","consentStatus":"NOT_SOUGHT","status":"SENT","previousStatus":"PENDING","dueBy":"2026-11-29T11:00:00Z","unresolvedAgency":false,"at":"2026-11-28T11:02:00Z"}}',
     '2026-11-28 11:02:00+00', null, 0);
