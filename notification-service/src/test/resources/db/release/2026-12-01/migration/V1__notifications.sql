-- notification-service: agency channels, deliveries and their retry state, projections, disclosure log.

create table agency_channel (
    org_id                     text primary key,
    webhook_url                text,
    secret                     text        not null, -- AES-GCM ciphertext (platform EncryptedString)
    previous_secret            text,                 -- ciphertext; still signs until previous_secret_expires_at
    previous_secret_expires_at timestamptz,
    version                    bigint      not null,
    created_at                 timestamptz not null,
    updated_at                 timestamptz not null
);

create table delivery (
    id                   uuid primary key,
    source_event_id      text        not null,
    event_type           text        not null,
    purpose              text        not null,
    subject_kind         text        not null,
    recipient_rule       text        not null,
    recipient_key        text        not null, -- recipient org id, or 'police-of:<setting>' until resolved
    recipient_org_id     text,
    recipient_org_type   text,
    setting_org_id       text,
    child_id             uuid,
    concern_id           uuid,
    referral_id          uuid,
    episode_id           uuid,
    advice_request_id    uuid,
    lawful_basis         text,
    consent_status       text,
    inbox_only           boolean     not null,
    channel              text,
    status               text        not null,
    attempts             integer     not null default 0,
    cycle_start_attempts integer     not null default 0,
    last_error           text,
    created_at           timestamptz not null,
    last_attempt_at      timestamptz,
    next_attempt_at      timestamptz,
    delivered_at         timestamptz,
    acknowledged_at      timestamptz,
    constraint delivery_once unique (source_event_id, recipient_key, purpose)
);
create index delivery_due on delivery (next_attempt_at) where status in ('PENDING', 'RETRYING');
create index delivery_recipient on delivery (recipient_org_id, created_at desc);
create index delivery_status on delivery (status, created_at desc);
create index delivery_referral on delivery (referral_id) where referral_id is not null;

-- concernId -> agencies referred, from referral events (for concern.updated).
create table referral_link (
    referral_id    uuid primary key,
    concern_id     uuid        not null,
    child_id       uuid,
    setting_org_id text,
    agency_org_id  text        not null,
    agency_type    text,
    lawful_basis   text,
    consent_status text,
    status         text,
    revoked        boolean     not null default false,
    updated_at     timestamptz not null
);
create index referral_link_concern on referral_link (concern_id);

-- Children (childId -> setting) are projected by the platform (db/platform V0_2 child_projection).

create table disclosure_log (
    seq              bigint primary key,
    at               timestamptz not null,
    child_id         uuid,
    recipient_org_id text        not null,
    event_id         text        not null,
    delivery_id      uuid,
    action           text        not null,
    packet_type      text        not null,
    fields_disclosed text        not null, -- JSON array of DisclosureField names
    lawful_basis     text,
    consent_status   text,
    prev_hash        char(64)    not null,
    hash             char(64)    not null unique
);
create index disclosure_log_child on disclosure_log (child_id, seq);

-- Entries are never updated or deleted.
create function disclosure_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'disclosure_log is append-only: % refused', tg_op;
end;
$$;
create trigger disclosure_log_no_update before update or delete on disclosure_log
    for each row execute function disclosure_log_append_only();
create trigger disclosure_log_no_truncate before truncate on disclosure_log
    for each statement execute function disclosure_log_append_only();
