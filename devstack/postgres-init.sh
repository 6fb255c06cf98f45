#!/usr/bin/env bash
# docker-compose.yml: PostgreSQL's first start (docker-entrypoint-initdb.d). Per service a role that owns its
# database and runs its migrations (<service>_owner) and the role it runs as (<service>: DML only, granted by
# the service's own V5 migration). Neither is a superuser. The local stack does the same (devstack Stack.createDatabases).
# Passwords: DB_PASSWORD_<ROLE> (e.g. DB_PASSWORD_CONCERN_SERVICE, DB_PASSWORD_CONCERN_SERVICE_OWNER).
set -euo pipefail
password_of() {
  local var="DB_PASSWORD_$(printf '%s' "$1" | tr 'a-z' 'A-Z')"
  printf '%s' "${!var:?set $var}"
}
for pair in concern_service:concerns referral_service:referrals missing_episode_service:missing notification_service:notifications; do
  role=${pair%%:*}; db=${pair##*:}
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v owner="${role}_owner" -v app="$role" -v db="$db" \
    -v owner_pw="$(password_of "${role}_owner")" -v app_pw="$(password_of "$role")" <<'SQL'
create role :"owner" login nosuperuser nocreatedb nocreaterole password :'owner_pw';
create role :"app" login nosuperuser nocreatedb nocreaterole password :'app_pw';
create database :"db" owner :"owner";
revoke all on database :"db" from public;
grant connect on database :"db" to :"app";
\connect :"db"
alter schema public owner to :"owner";
revoke create on schema public from public;
SQL
done
