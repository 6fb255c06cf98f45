-- Legal holds on erasure (contract 12), learnt from events: a police referral answered
-- INVESTIGATION_OPENED (source = the referral, with its concern), or a support plan's latest
-- court date (source = the support plan). Ids and dates only.
create table legal_hold (
    kind        text        not null,
    source_id   uuid        not null,
    child_id    uuid        not null,
    concern_id  uuid,
    until_date  date,
    updated_at  timestamptz not null,
    primary key (kind, source_id)
);
create index legal_hold_child on legal_hold (child_id);
create index child_date_of_birth on child (date_of_birth);
