-- The children every consuming service knows of, from child.registered / child.updated (no personal data).
create table child_projection (
    child_id                 uuid primary key,
    setting_org_id           text        not null,
    residence_org_id         text,
    looked_after             boolean     not null,
    placing_authority_org_id text,
    age_band                 text,
    updated_at               timestamptz not null
);
create index child_projection_placing_authority on child_projection (placing_authority_org_id);
