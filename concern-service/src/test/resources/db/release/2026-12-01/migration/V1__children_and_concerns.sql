-- concern-service: children, concerns, their indicators, decisions, intelligence (encrypted),
-- chronology, advice requests, and the projection of referrals that lets agencies read concerns.

create table child (
    id                        uuid primary key,
    setting_org_id            text        not null,
    given_name                text        not null,
    family_name               text        not null,
    date_of_birth             date        not null,
    date_of_birth_estimated   boolean     not null,
    gender                    text        not null,
    upn                       varchar(13),
    nhs_number                varchar(10),
    residence_org_id          text,
    looked_after              boolean     not null,
    placing_authority_org_id  text,
    vulnerabilities           text        not null default '',
    created_at                timestamptz not null,
    updated_at                timestamptz not null,
    version                   bigint      not null
);
create unique index child_setting_upn on child (setting_org_id, upn) where upn is not null;
create index child_setting_created on child (setting_org_id, created_at desc);

create table concern (
    id                          uuid primary key,
    child_id                    uuid        not null references child (id),
    setting_org_id              text        not null,
    observed_at                 timestamptz not null,
    summary                     text        not null,
    status                      text        not null,
    risk_score                  integer     not null,
    risk_level                  text        not null,
    risk_model_version          text        not null,
    professional_risk_level     text,
    age_at_observation          integer     not null,
    legally_capable_of_consent  boolean     not null,
    potential_offences          text        not null default '',
    child_protection_issue      boolean     not null,
    cf_sexual_activity          boolean     not null,
    cf_exchange_for_reward      boolean     not null,
    cf_indecent_images          boolean     not null,
    cf_family_member            boolean     not null,
    cf_position_of_trust        boolean     not null,
    cf_incapacitated            boolean     not null,
    cf_threats_or_violence      boolean     not null,
    cf_non_consensual           boolean     not null,
    cf_capacity_in_doubt        boolean     not null,
    reported_by_name            text,
    reported_by_role            text,
    raised_by                   text        not null,
    raised_by_actor             text        not null,
    cse_suspected               boolean     not null default false,
    review_by                   date,
    review_due_notified_at      timestamptz,
    anonymised_narrative        text,
    close_rationale             text,
    closed_at                   timestamptz,
    created_at                  timestamptz not null,
    updated_at                  timestamptz not null,
    version                     bigint      not null
);
create index concern_setting_created on concern (setting_org_id, created_at desc);
create index concern_child on concern (child_id, created_at desc);
create index concern_review_due on concern (review_by) where status = 'MONITORING' and review_due_notified_at is null;

create table concern_indicator (
    id          bigserial primary key,
    concern_id  uuid        not null references concern (id),
    code        text        not null,
    source      text        not null,
    added_at    timestamptz not null,
    added_by    text        not null,
    unique (concern_id, code)
);

create table concern_decision (
    id                       uuid primary key,
    concern_id               uuid        not null references concern (id),
    outcome                  text        not null,
    rationale                text        not null,
    cse_suspected            boolean     not null,
    review_by                date,
    professional_risk_level  text,
    risk_level               text        not null,
    consent_status           text        not null,
    consent_from             text,
    consent_reason           text,
    specialist_org_id        text,
    specialist_agreed        boolean,
    specialist_agreed_by     text,
    override_rationale       text,
    decided_at               timestamptz not null,
    decided_by               text        not null
);
create index concern_decision_concern on concern_decision (concern_id, decided_at);

-- content is AES-GCM ciphertext ("v1:" + base64), written by the EncryptedString converter.
create table concern_intelligence (
    id          bigserial primary key,
    concern_id  uuid        not null references concern (id),
    kind        text        not null,
    content     text        not null,
    added_at    timestamptz not null,
    added_by    text        not null
);
create index concern_intelligence_concern on concern_intelligence (concern_id, added_at);

create table concern_history (
    seq         bigserial primary key,
    concern_id  uuid        not null references concern (id),
    at          timestamptz not null,
    actor       text        not null,
    action      text        not null,
    details     text        not null
);
create index concern_history_concern on concern_history (concern_id, seq);

create table advice_request (
    id                    uuid primary key,
    concern_id            uuid        not null references concern (id),
    specialist_org_id     text        not null,
    question              text        not null,
    anonymised_narrative  text,
    requested_at          timestamptz not null,
    requested_by          text        not null
);

create table referral_projection (
    referral_id    uuid primary key,
    concern_id     uuid        not null,
    child_id       uuid,
    agency_org_id  text        not null,
    agency_type    text,
    role           text,
    status         text        not null,
    updated_at     timestamptz not null
);
create index referral_projection_concern on referral_projection (concern_id, agency_org_id);
create index referral_projection_agency on referral_projection (agency_org_id);
