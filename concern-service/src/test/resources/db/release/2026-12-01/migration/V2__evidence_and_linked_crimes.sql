-- concern-service V2 (procedure 3.1, 3.4, 3.5): linked crime types and "harm may still occur" on a
-- concern; the child's own agreement to (or withdrawal from) a specialist referral; preserved
-- evidence and its chain of custody. Free text of evidence and consent is AES-GCM ciphertext
-- ("v1:" + base64), written by the EncryptedString converter.

alter table concern add column linked_crime_types text not null default '';
alter table concern add column harm_may_still_occur boolean not null default false;

create table specialist_consent (
    id                 uuid primary key,
    concern_id         uuid        not null references concern (id),
    specialist_org_id  text        not null,
    agreed             boolean     not null,
    given_by           text        not null,
    reason             text        not null,
    recorded_at        timestamptz not null,
    recorded_by        text        not null
);
create index specialist_consent_concern on specialist_consent (concern_id, specialist_org_id, recorded_at);

create table evidence (
    id            uuid primary key,
    concern_id    uuid        not null references concern (id),
    kind          text        not null,
    description   text        not null,
    preserved_at  timestamptz not null,
    stored_where  text        not null,
    recorded_at   timestamptz not null,
    recorded_by   text        not null
);
create index evidence_concern on evidence (concern_id, recorded_at);

-- The chain of custody: appended to, never updated.
create table evidence_custody (
    seq          bigserial primary key,
    evidence_id  uuid        not null references evidence (id),
    at           timestamptz not null,
    by_whom      text        not null,
    action       text        not null,
    officer      text,
    reference    text,
    recorded_at  timestamptz not null
);
create index evidence_custody_evidence on evidence_custody (evidence_id, seq);
