-- Rows as release 2026-12-01 of notification-service wrote them (UpgradeTest loads them on that release's
-- schema, as its owner role, before the current service starts): the directory, a child and a referral as
-- the service learnt them, the agency's webhook channel (its secret AES-GCM ciphertext under the test key,
-- safeguarding.crypto.key of %test), the delivery of the referral to it, the two disclosure-log entries of
-- that delivery and of the form the agency downloaded (hash-chained as DisclosureChain does; no checkpoint:
-- the current service signs one with its own key), events already handled and one still in the outbox.
-- At a new release, keep them loading on that release's schema, and add rows of the tables it brought.
insert into organisation_projection (id, name, type, local_authority_org_id, police_force_org_id, ofsted_urn, updated_at) values
    ('LA-801', 'Northshire Children''s Services', 'LOCAL_AUTHORITY', null, null, null, '2026-11-01 09:00:00+00'),
    ('PF-01', 'Northshire Police', 'POLICE_FORCE', null, null, null, '2026-11-01 09:00:00+00'),
    ('URN-100001', 'Northshire Academy', 'SCHOOL', 'LA-801', 'PF-01', null, '2026-11-01 09:00:00+00');

insert into child_projection (child_id, setting_org_id, residence_org_id, looked_after, placing_authority_org_id, age_band, updated_at) values
    ('11111111-1111-4111-8111-111111111111', 'URN-100001', null, false, null, '13-15', '2026-11-20 09:00:00+00');

insert into referral_link (referral_id, concern_id, child_id, setting_org_id, agency_org_id, agency_type, lawful_basis, consent_status,
                           status, revoked, updated_at) values
    ('44444444-4444-4444-8444-444444444444', '22222222-2222-4222-8222-222222222222', '11111111-1111-4111-8111-111111111111',
     'URN-100001', 'LA-801', 'LOCAL_AUTHORITY', 'LEGAL_OBLIGATION', 'NOT_SOUGHT', 'SENT', false, '2026-11-28 11:02:00+00');

-- secret: whsec_cmVsZWFzZS0yMDI2LTEyLTAxLXdlYmhvb2sta2V5ISE=
insert into agency_channel (org_id, webhook_url, secret, previous_secret, previous_secret_expires_at, version, created_at, updated_at) values
    ('LA-801', 'https://hooks.northshire.example/safeguarding',
     'v1:joVFT0h4CxVUY+j5p6sFHNLgEbDdh1x1xrW77bgVXxnbTPH6oGCkBhGUEt/ZzbfEto7Mp8WNRg9P32C9amjS57QPGQaNz9MbEAzZXni8',
     null, null, 2, '2026-11-01 09:00:00+00', '2026-11-15 09:00:00+00');

insert into delivery (id, source_event_id, event_type, purpose, subject_kind, recipient_rule, recipient_key, recipient_org_id,
                      recipient_org_type, setting_org_id, child_id, concern_id, referral_id, episode_id, advice_request_id,
                      lawful_basis, consent_status, inbox_only, channel, status, attempts, cycle_start_attempts, last_error,
                      created_at, last_attempt_at, next_attempt_at, delivered_at, acknowledged_at, match_id, support_plan_id,
                      prompt_kind, prompt_due_date) values
    ('eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee', '12121212-1212-4121-8121-121212121212', 'referral.created', 'REFERRAL', 'REFERRAL',
     'AGENCY', 'LA-801', 'LA-801', 'LOCAL_AUTHORITY', 'URN-100001', '11111111-1111-4111-8111-111111111111',
     '22222222-2222-4222-8222-222222222222', '44444444-4444-4444-8444-444444444444', null, null,
     'LEGAL_OBLIGATION', 'NOT_SOUGHT', false, 'WEBHOOK', 'DELIVERED', 1, 0, null,
     '2026-11-28 11:01:30+00', '2026-11-28 11:02:00+00', null, '2026-11-28 11:02:00+00', null, null, null,
     null, null);

insert into disclosure_log (seq, at, child_id, recipient_org_id, event_id, delivery_id, action, packet_type, fields_disclosed,
                            lawful_basis, consent_status, prev_hash, hash) values
    (1, '2026-11-28 11:02:00+00', '11111111-1111-4111-8111-111111111111', 'LA-801', '12121212-1212-4121-8121-121212121212',
     'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee', 'WEBHOOK_DELIVERED', 'REFERRAL', '["REFERRAL","SETTING"]', 'LEGAL_OBLIGATION', 'NOT_SOUGHT',
     '0000000000000000000000000000000000000000000000000000000000000000',
     '623b934489b91a16c21dcc3ed92e4a06367488cd6d8718e93513dd2fba55f94a'),
    (2, '2026-11-28 14:30:00.125+00', '11111111-1111-4111-8111-111111111111', 'LA-801', '12121212-1212-4121-8121-121212121212',
     null, 'FORM_DOWNLOADED', 'REFERRAL', '["REFERRAL","SETTING"]', 'LEGAL_OBLIGATION', 'NOT_SOUGHT',
     '623b934489b91a16c21dcc3ed92e4a06367488cd6d8718e93513dd2fba55f94a',
     '2c1a2715c2a344fd3e570fa7ed8950d6cad760b8fa5bf8c85442b2eb762795af');

insert into processed_event (handler, event_id, processed_at) values
    ('referrals', '12121212-1212-4121-8121-121212121212', '2026-11-28 11:01:30+00');

-- Written by the release, not yet published when it stopped: the current service's relay sends it.
insert into outbox_event (event_id, topic, record_key, type, payload, created_at, published_at, attempts) values
    ('13131313-1313-4131-8131-131313131313', 'safeguarding.deliveries', '11111111-1111-4111-8111-111111111111',
     'uk.safeguarding.delivery.succeeded.v1',
     '{"specversion":"1.0","id":"13131313-1313-4131-8131-131313131313","source":"/notification-service","type":"uk.safeguarding.delivery.succeeded.v1","subject":"11111111-1111-4111-8111-111111111111","time":"2026-11-28T11:02:00Z","datacontenttype":"application/json","data":{"deliveryId":"eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee","sourceEventId":"12121212-1212-4121-8121-121212121212","sourceType":"referral.created","referralId":"44444444-4444-4444-8444-444444444444","concernId":"22222222-2222-4222-8222-222222222222","childId":"11111111-1111-4111-8111-111111111111","recipientOrgId":"LA-801","channel":"WEBHOOK","status":"DELIVERED","at":"2026-11-28T11:02:00Z"}}',
     '2026-11-28 11:02:00+00', null, 0);
