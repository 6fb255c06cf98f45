-- Children are projected by the platform (db/platform V0_2 child_projection).

create table missing_episode (
    id                         uuid primary key,
    child_id                   uuid        not null,
    setting_org_id             text        not null,
    status                     text        not null,
    risk_grade                 text        not null,
    last_seen_at               timestamptz not null,
    -- free text and names are encrypted at rest (platform EncryptedString)
    last_seen_location         text        not null,
    circumstances              text        not null,
    police_reference           text,
    reported_by_name           text,
    reported_by_role           text,
    reported_by_actor          text        not null,
    -- the child's facts as last learnt from its events (empty while pending_link)
    residence_org_id           text,
    looked_after               boolean     not null default false,
    placing_authority_org_id   text,
    pending_link               boolean     not null,
    linked_at                  timestamptz,
    unlinked_alerted_at        timestamptz,
    -- the return
    returned_at                timestamptz,
    found_location             text,
    known_links_to_area        boolean,
    whereabouts                text,
    presentation               text,
    returned_by_actor          text,
    -- the return interview
    interview_offered_at       timestamptz,
    interview_conducted_at     timestamptz,
    interview_declined         boolean,
    interviewer_name           text,
    interviewer_org_id         text,
    interview_independent      boolean,
    interview_findings         text,
    disclosed_exploitation     boolean,
    interview_recorded_by      text,
    interview_overdue_at       timestamptz,
    created_at                 timestamptz not null,
    updated_at                 timestamptz not null,
    version                    integer     not null default 0,
    constraint episode_status check (status in ('MISSING', 'RETURNED', 'INTERVIEWED', 'INTERVIEW_DECLINED')),
    constraint episode_risk_grade check (risk_grade in ('HIGH', 'MEDIUM', 'LOW')),
    constraint episode_return_after_last_seen check (returned_at is null or returned_at >= last_seen_at)
);
-- At most one open (MISSING) episode per child: the service checks first (409), this is the guard.
create unique index missing_episode_one_open on missing_episode (child_id) where status = 'MISSING';
create index missing_episode_child on missing_episode (child_id, last_seen_at desc);
-- Statistics and the setting's list: by setting and time.
create index missing_episode_setting_time on missing_episode (setting_org_id, last_seen_at);
create index missing_episode_placing on missing_episode (placing_authority_org_id) where placing_authority_org_id is not null;
create index missing_episode_pending on missing_episode (created_at) where pending_link;
create index missing_episode_awaiting_interview on missing_episode (returned_at)
    where status = 'RETURNED' and interview_offered_at is null and interview_overdue_at is null;

-- Findings of MissingPatterns already announced: each is announced once (per episode, or per 90-day window).
create table pattern_finding (
    id              uuid primary key,
    child_id        uuid        not null,
    rule            text        not null,
    indicator_code  text        not null,
    episode_ids     uuid[]      not null,
    window_key      text        not null,
    detected_at     timestamptz not null,
    constraint pattern_finding_once unique (child_id, rule, window_key)
);
