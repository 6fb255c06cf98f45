-- Intelligence matching (contract section 11): the same car or the same name across children
-- referred to one police force.
--
-- match_key is HMAC-SHA256, under a key derived from the crypto key, of the item's normalised
-- registration or name (kind included): equal values give equal keys, so matching is an index
-- lookup; a reader of the database without the key learns only which items are equal, never the
-- value (a plain hash of a registration could be reversed by trying every plate).
-- Null for what never matches: partial or unverified plates, persons without a name, locations.
alter table concern_intelligence add column match_key text;
create index concern_intelligence_match_key on concern_intelligence (match_key) where match_key is not null;

-- One match per force and value; it grows as concerns of further children are referred.
create table intelligence_match (
    id            uuid primary key,
    force_org_id  text        not null,
    kind          text        not null,
    match_key     text        not null,
    value         text        not null, -- AES-GCM ciphertext (EncryptedString)
    children      integer     not null, -- distinct children of the concerns listed; shown from 2
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    constraint intelligence_match_once unique (force_org_id, match_key)
);
create index intelligence_match_force on intelligence_match (force_org_id, updated_at desc, id desc) where children >= 2;

-- The concerns of a match, each through its (unrevoked) referral to the force. No foreign key to
-- concern: erasing a child removes its rows here by child_id.
create table intelligence_match_concern (
    match_id        uuid        not null references intelligence_match (id),
    concern_id      uuid        not null,
    child_id        uuid        not null,
    setting_org_id  text        not null,
    referral_id     uuid        not null,
    first_seen_at   timestamptz not null,
    primary key (match_id, concern_id)
);
create index intelligence_match_concern_referral on intelligence_match_concern (referral_id);
create index intelligence_match_concern_child on intelligence_match_concern (child_id);

-- A concern not referred to police whose intelligence matches what its area's force holds: its
-- DCPO is prompted once per value.
create table intelligence_referral_prompt (
    concern_id    uuid        not null,
    match_key     text        not null,
    force_org_id  text        not null,
    prompted_at   timestamptz not null,
    primary key (concern_id, match_key)
);
