#!/usr/bin/env bash
# The Kafka broker of docker-compose.yml (image apache/kafka): KRaft, SASL/SCRAM-SHA-512 for every client,
# ACLs (StandardAuthorizer) from access.txt, and no anonymous access. The local stack does the same in Java
# (devstack Stack.startKafka / KafkaAccess), from the same table.
#
# Environment: KAFKA_CLUSTER_ID, KAFKA_BROKER_PASSWORD (inter-broker SCRAM user "broker", the only super
# user), KAFKA_CONTROLLER_PASSWORD (SASL/PLAIN on the controller listener, which SCRAM cannot serve), and
# KAFKA_PASSWORD_<PRINCIPAL> per line of access.txt (e.g. KAFKA_PASSWORD_CONCERN_SERVICE, KAFKA_PASSWORD_OPS_READER).
set -euo pipefail
: "${KAFKA_CLUSTER_ID:?}" "${KAFKA_BROKER_PASSWORD:?}" "${KAFKA_CONTROLLER_PASSWORD:?}"
KAFKA=/opt/kafka
TABLE=${KAFKA_ACCESS_TABLE:-/etc/safeguarding/access.txt}
CONF=/tmp/server.properties
ADMIN=/tmp/admin.properties
DATA=/var/lib/kafka/data

principals() { grep -Ev '^[[:space:]]*(#|$)' "$TABLE"; }
password_of() {
  local var="KAFKA_PASSWORD_$(printf '%s' "$1" | tr 'a-z-' 'A-Z_')"
  printf '%s' "${!var:?set $var}"
}

cat > "$CONF" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@kafka:9093
listeners=SASL_PLAINTEXT://:9092,CONTROLLER://:9093
advertised.listeners=SASL_PLAINTEXT://kafka:9092
controller.listener.names=CONTROLLER
inter.broker.listener.name=SASL_PLAINTEXT
listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="broker" password="${KAFKA_BROKER_PASSWORD}";
sasl.mechanism.controller.protocol=PLAIN
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="broker" password="${KAFKA_CONTROLLER_PASSWORD}" user_broker="${KAFKA_CONTROLLER_PASSWORD}";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
super.users=User:broker
allow.everyone.if.no.acl.found=false
auto.create.topics.enable=false
log.dirs=${DATA}
num.partitions=3
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
EOF
cat > "$ADMIN" <<EOF
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="broker" password="${KAFKA_BROKER_PASSWORD}";
EOF

rm -f /tmp/ready
if [[ ! -f "$DATA/meta.properties" ]]; then
  "$KAFKA/bin/kafka-storage.sh" format -t "$KAFKA_CLUSTER_ID" -c "$CONF" \
    --add-scram "SCRAM-SHA-512=[name=broker,password=${KAFKA_BROKER_PASSWORD}]"
fi
"$KAFKA/bin/kafka-server-start.sh" "$CONF" &
broker=$!
trap 'kill $broker; wait $broker' TERM INT

until "$KAFKA/bin/kafka-broker-api-versions.sh" --bootstrap-server localhost:9092 --command-config "$ADMIN" >/dev/null 2>&1; do
  sleep 2
done

acl() { "$KAFKA/bin/kafka-acls.sh" --bootstrap-server localhost:9092 --command-config "$ADMIN" --add --force --allow-principal "User:$1" "${@:2}" >/dev/null; }
topic() { "$KAFKA/bin/kafka-topics.sh" --bootstrap-server localhost:9092 --command-config "$ADMIN" --create --if-not-exists --topic "$1" --partitions 3 --replication-factor 1 >/dev/null; }

# Users (password set or rotated on every start), topics and ACLs: idempotent.
while read -r name kind writes reads; do
  "$KAFKA/bin/kafka-configs.sh" --bootstrap-server localhost:9092 --command-config "$ADMIN" --alter \
    --entity-type users --entity-name "$name" --add-config "SCRAM-SHA-512=[password=$(password_of "$name")]" >/dev/null
  case "$kind" in
    service)
      for t in ${writes//,/ }; do [[ "$t" == - ]] || { topic "$t"; acl "$name" --operation Write --topic "$t"; }; done
      for t in ${reads//,/ }; do [[ "$t" == - ]] || acl "$name" --operation Read --topic "$t"; done
      if [[ "$reads" != - ]]; then
        acl "$name" --operation Read --group "$name"
        topic "safeguarding.dlq.$name"
        acl "$name" --operation Write --operation Create --topic "safeguarding.dlq.$name"
      fi ;;
    observer)
      acl "$name" --operation Describe --topic safeguarding. --resource-pattern-type prefixed
      acl "$name" --operation Describe --group '*' ;;
    reader)
      acl "$name" --operation Read --topic safeguarding. --resource-pattern-type prefixed
      acl "$name" --operation Describe --group '*'
      acl "$name" --operation Read --group "$name." --resource-pattern-type prefixed ;;
    *) echo "access.txt: unknown kind $kind" >&2; exit 1 ;;
  esac
done < <(principals)

touch /tmp/ready
wait $broker
