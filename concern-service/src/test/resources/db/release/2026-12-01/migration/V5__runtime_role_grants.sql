-- The service runs as its own role (DB_USER, placeholder runtime_role) with DML only; this migration runs
-- as the role that owns the database (DB_MIGRATION_USER). Tables that later migrations add are covered by
-- the default privileges, as long as the owner role runs them. Neither role is a superuser.
grant usage on schema public to "${runtime_role}";
grant select, insert, update, delete on all tables in schema public to "${runtime_role}";
grant usage, select on all sequences in schema public to "${runtime_role}";
alter default privileges in schema public grant select, insert, update, delete on tables to "${runtime_role}";
alter default privileges in schema public grant usage, select on sequences to "${runtime_role}";
-- Migration history is the owner's alone.
revoke all on "${flyway:table}" from "${runtime_role}";
