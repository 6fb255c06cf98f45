#!/usr/bin/env bash
# Runs the whole platform locally: Kafka, Keycloak, the databases, five services, demo data.
# Builds first what is not built. Ctrl-C stops everything it started.
#   ./run.sh            start (keeps your local data between runs)
#   ./run.sh --rebuild  rebuild the services first
set -euo pipefail
cd "$(dirname "$0")"

bash devstack/ensure-postgres.sh

needs_build=false
[[ "${1:-}" == "--rebuild" ]] && needs_build=true
for module in concern-service referral-service missing-episode-service notification-service gateway; do
  [[ -f "$module/target/quarkus-app/quarkus-run.jar" ]] || needs_build=true
done
[[ -f devstack/target/devstack.classpath && -f devstack/target/kafka.classpath && -f devstack/target/dist/keycloak.zip ]] || needs_build=true
if $needs_build; then
  echo "Building (tests skipped; ./mvnw verify runs them)..."
  ./mvnw -B -q -DskipTests -DskipITs install
fi

classpath="$(cat devstack/target/devstack.classpath):devstack/target/devstack-1.0.0-SNAPSHOT.jar"
exec java -Xmx96m -XX:+UseSerialGC -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$classpath" uk.safeguarding.devstack.DevStack "$PWD"
