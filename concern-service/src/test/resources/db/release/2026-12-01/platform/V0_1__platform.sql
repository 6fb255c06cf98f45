-- Tables of the shared mechanisms (platform module); every service's database has them.
create table outbox_event (
    seq          bigserial primary key,
    event_id     uuid        not null unique,
    topic        text        not null,
    record_key   text        not null,
    type         text        not null,
    payload      text        not null,
    created_at   timestamptz not null,
    published_at timestamptz,
    attempts     integer     not null default 0
);
create index outbox_event_unpublished on outbox_event (seq) where published_at is null;

create table processed_event (
    handler      text        not null,
    event_id     text        not null,
    processed_at timestamptz not null,
    primary key (handler, event_id)
);

create table idempotency_record (
    scope_hash    varchar(64) primary key,
    request_hash  varchar(64) not null,
    status        integer,
    response_body text,
    content_type  text,
    location      text,
    etag          text,
    created_at    timestamptz not null
);
create index idempotency_record_created on idempotency_record (created_at);

create table organisation_projection (
    id                     text primary key,
    name                   text,
    type                   text,
    local_authority_org_id text,
    police_force_org_id    text,
    ofsted_urn             text,
    updated_at             timestamptz
);
