-- Rows as release 2026-12-01 of missing-episode-service wrote them (UpgradeTest loads them on that release's
-- schema, as its owner role, before the current service starts): the directory and a child as the service
-- learnt them, an episode of that child from report to return interview, the pattern it showed (already
-- announced), an event already handled and one still in the outbox. Free text and names are AES-GCM
-- ciphertext under the test key (safeguarding.crypto.key of %test), as the release's converter wrote them.
-- At a new release, keep them loading on that release's schema, and add rows of the tables it brought.
insert into organisation_projection (id, name, type, local_authority_org_id, police_force_org_id, ofsted_urn, updated_at) values
    ('LA-801', 'Northshire Children''s Services', 'LOCAL_AUTHORITY', null, null, null, '2026-11-01 09:00:00+00'),
    ('PF-01', 'Northshire Police', 'POLICE_FORCE', null, null, null, '2026-11-01 09:00:00+00'),
    ('URN-100001', 'Northshire Academy', 'SCHOOL', 'LA-801', 'PF-01', null, '2026-11-01 09:00:00+00');

insert into child_projection (child_id, setting_org_id, residence_org_id, looked_after, placing_authority_org_id, age_band, updated_at) values
    ('11111111-1111-4111-8111-111111111111', 'URN-100001', null, false, null, '13-15', '2026-11-20 09:00:00+00');

-- last seen at 'Bus station, Bristol', 'Left after school and did not come home'; found 'Found at a flat in Easton';
-- interviewed by 'Sam Jones', findings 'Spoke of an older man who gives her lifts'.
insert into missing_episode (id, child_id, setting_org_id, status, risk_grade, last_seen_at, last_seen_location, circumstances,
                             police_reference, reported_by_name, reported_by_role, reported_by_actor, residence_org_id, looked_after,
                             placing_authority_org_id, pending_link, linked_at, unlinked_alerted_at, returned_at, found_location,
                             known_links_to_area, whereabouts, presentation, returned_by_actor, interview_offered_at,
                             interview_conducted_at, interview_declined, interviewer_name, interviewer_org_id, interview_independent,
                             interview_findings, disclosed_exploitation, interview_recorded_by, interview_overdue_at, created_at,
                             updated_at, version) values
    ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', '11111111-1111-4111-8111-111111111111', 'URN-100001', 'INTERVIEWED', 'MEDIUM',
     '2026-11-25 16:00:00+00', 'v1:JUZbZ66inWefPLT1CCK3HgElrSGdOxYxEcAe4MYbOVs5zZyUOAiMxKDKk9lRaYUZ',
     'v1:wIkICYeQ20erwfza1UzWmIY7mC/tJRo76wUYg5T/8IUc3v+po3RSs6Vel574azl35OxBCzPtSUs5w12uHrPBwt+bzg==',
     null, null, null, 'user-dcpo-URN-100001@URN-100001', null, false,
     null, false, null, null, '2026-11-26 10:00:00+00', 'v1:WCqPdXV1/6MI7o1Au4QArSLiFik+h/P5kQDSMKTMmfNJgFb+HhqC53Af/mX9oitiEKm+aSU=',
     true, 'UNKNOWN', 'WELL_CARED_FOR', 'user-dcpo-URN-100001@URN-100001', '2026-11-26 12:00:00+00',
     '2026-11-27 14:00:00+00', false, 'v1:ukG6eTB52J7iLeOR3E6qZIdC/EO1N6/0J74jjEzBFoyvIB1kOA==', 'LA-801', true,
     'v1:LuRNBm6EVBZ2liq34tvF5xGpM/8aaIpFSB8zMWPpXbl9f7nwpKrHK12nktvQYRmHle69SKb6MYmHnC1lY36hc9fHejQS', true,
     'user-dcpo-URN-100001@URN-100001', null, '2026-11-25 17:00:00+00',
     '2026-11-27 14:30:00+00', 3);

insert into pattern_finding (id, child_id, rule, indicator_code, episode_ids, window_key, detected_at) values
    ('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', '11111111-1111-4111-8111-111111111111', 'RETURNED_WELL_CARED_FOR',
     'MISSING_RETURNS_WELL_CARED_FOR', '{aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa}', 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
     '2026-11-26 10:00:00+00');

insert into processed_event (handler, event_id, processed_at) values
    ('children', 'cccccccc-cccc-4ccc-8ccc-cccccccccccc', '2026-11-20 09:00:01+00');

-- Written by the release, not yet published when it stopped: the current service's relay sends it.
insert into outbox_event (event_id, topic, record_key, type, payload, created_at, published_at, attempts) values
    ('dddddddd-dddd-4ddd-8ddd-dddddddddddd', 'safeguarding.missing', '11111111-1111-4111-8111-111111111111',
     'uk.safeguarding.missing.return-interview.recorded.v1',
     '{"specversion":"1.0","id":"dddddddd-dddd-4ddd-8ddd-dddddddddddd","source":"/missing-episode-service","type":"uk.safeguarding.missing.return-interview.recorded.v1","subject":"11111111-1111-4111-8111-111111111111","time":"2026-11-27T14:30:00Z","datacontenttype":"application/json","data":{"episodeId":"aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa","childId":"11111111-1111-4111-8111-111111111111","settingOrgId":"URN-100001","status":"INTERVIEWED","riskGrade":"MEDIUM","lookedAfter":false,"pendingLink":false,"lastSeenAt":"2026-11-25T16:00:00Z","at":"2026-11-27T14:30:00Z"}}',
     '2026-11-27 14:30:00+00', null, 0);
