-- An intelligence match (concern-service, contract section 11) notified to its police force.
alter table delivery add column match_id uuid;
