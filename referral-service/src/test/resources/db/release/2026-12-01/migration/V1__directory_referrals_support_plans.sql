-- The organisation directory: referral-service owns it; other services keep projections from its events.
create table organisation (
    id                     text primary key,
    name                   text        not null,
    type                   text        not null,
    local_authority_org_id text references organisation (id),
    police_force_org_id    text references organisation (id),
    ofsted_urn             text,
    version                integer     not null,
    created_at             timestamptz not null,
    updated_at             timestamptz not null
);
create index organisation_local_authority on organisation (local_authority_org_id);
create index organisation_police_force on organisation (police_force_org_id);
create index organisation_type on organisation (type);

-- Children are projected by the platform (db/platform V0_2 child_projection).

create table referral (
    id                  uuid primary key,
    concern_id          uuid        not null,
    child_id            uuid        not null,
    setting_org_id      text        not null,
    residence_org_id    text,
    agency_org_id       text,
    agency_type         text        not null,
    role                text        not null,
    lawful_basis        text        not null,
    consent_status      text,
    status              text        not null,
    outcome             text,
    response_note       text,
    onward_considered   boolean,
    onward_org_ids      text,
    onward_rationale    text,
    revoke_reason       text,
    due_by              timestamptz not null,
    unresolved_agency   boolean     not null,
    overdue_notified_at timestamptz,
    source_event_id     text        not null,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    sent_at             timestamptz,
    acknowledged_at     timestamptz,
    responded_at        timestamptz,
    revoked_at          timestamptz,
    version             integer     not null
);
create index referral_concern on referral (concern_id);
create index referral_child on referral (child_id);
create index referral_agency on referral (agency_org_id, created_at desc);
create index referral_setting on referral (setting_org_id, created_at desc);
create index referral_unresolved on referral (created_at desc) where unresolved_agency;
create index referral_overdue_candidates on referral (due_by)
    where overdue_notified_at is null and status in ('PENDING', 'SENT');

-- Further information and escalations the referring DCPO sent; text encrypted at rest.
create table referral_note (
    id          uuid primary key,
    referral_id uuid        not null references referral (id),
    kind        text        not null,
    text        text        not null,
    actor       text        not null,
    created_at  timestamptz not null
);
create index referral_note_referral on referral_note (referral_id, created_at);

-- Support plans: the content (child's views, ISVA, court dates...) is encrypted JSON; every version is kept.
create table support_plan (
    id          uuid primary key,
    child_id    uuid        not null,
    content     text        not null,
    version     integer     not null,
    created_by  text        not null,
    created_at  timestamptz not null,
    updated_by  text        not null,
    updated_at  timestamptz not null
);
create index support_plan_child on support_plan (child_id, created_at desc);

create table support_plan_version (
    plan_id    uuid        not null references support_plan (id),
    version    integer     not null,
    content    text        not null,
    changed_by text        not null,
    changed_at timestamptz not null,
    primary key (plan_id, version)
);
