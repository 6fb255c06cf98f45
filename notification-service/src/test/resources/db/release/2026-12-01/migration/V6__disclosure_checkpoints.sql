-- Signed checkpoints of the disclosure log (contract section 8). The witness that counts is the
-- Kafka topic safeguarding.disclosure-checkpoints; these rows are the service's own copy, served
-- by GET /api/disclosures/checkpoints and checked by verify. A row cannot be forged without the
-- signing key, which is never in the database; deleting rows loses no evidence the topic holds.
create table disclosure_checkpoint (
    entries   bigint primary key, -- the last seq signed: one checkpoint per length of the log
    head_hash char(64)    not null,
    at        timestamptz not null,
    signature text        not null,
    event_id  uuid        not null
);

-- Checkpoints are never updated or deleted.
create function disclosure_checkpoint_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'disclosure_checkpoint is append-only: % refused', tg_op;
end;
$$;
create trigger disclosure_checkpoint_no_update before update or delete on disclosure_checkpoint
    for each row execute function disclosure_checkpoint_append_only();
create trigger disclosure_checkpoint_no_truncate before truncate on disclosure_checkpoint
    for each statement execute function disclosure_checkpoint_append_only();
