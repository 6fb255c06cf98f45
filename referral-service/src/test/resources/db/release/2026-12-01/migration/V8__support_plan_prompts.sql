-- Support-plan prompts (procedure 3.4): each (plan, kind, due date) is claimed here in the
-- transaction that writes its outbox event, so it is sent once, across restarts and replicas.
create table support_plan_prompt (
    plan_id  uuid        not null references support_plan (id),
    kind     text        not null,
    due_date date        not null,
    child_id uuid        not null,
    sent_at  timestamptz not null,
    primary key (plan_id, kind, due_date)
);

-- Children concern-service reported as nearing 18 (child.nearing-adulthood): no date of birth,
-- only the day the report arrived.
create table child_nearing_adulthood (
    child_id    uuid primary key,
    reported_on date        not null,
    recorded_at timestamptz not null
);
