package uk.safeguarding.deploy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checks catch a broken copy of the manifests: each case breaks one thing in a copy of deploy/k8s. */
class BrokenManifestsTest {

    static CrdSchema crds;

    @TempDir
    Path copy;

    @BeforeAll
    static void load() {
        crds = CrdSchema.load(ManifestsTest.ROOT.resolve("deploy/src/test/resources/crds"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            probe path                 | base/services/concern-service.yaml       | path: /q/health/ready          | path: /q/health/readiness | config     | readinessProbe path /q/health/readiness is not the service's /q/health/ready
            management port            | base/services/referral-service.yaml      | containerPort: 9082            | containerPort: 9182       | config     | container port management is 9182
            misspelt probe             | base/services/gateway.yaml               | livenessProbe:                 | livenesProbe:             | parse      | unknown field(s) [livenesProbe]
            unknown CR field           | base/kafka/kafka.yaml                    | authorization:                 | authorisation:            | parse      | unknown field .authorisation
            CR type                    | base/kafka/kafka.yaml                    | tls: false                     | tls: "false"              | parse      | .tls: expected boolean
            missing secret             | base/services/notification-service.yaml | name: notifier-client          | name: notifier-clients    | references | Secret notifier-clients does not exist
            missing secret key         | base/services/concern-service.yaml       | key: crypto-key                | key: crypto              | references | Secret concern-service-keys has no key crypto
            wrong service port         | base/config.yaml                         | referral-service:8082          | referral-service:8083     | references | Service referral-service has no port 8083
            extra ACL                  | base/kafka/users.yaml                    | operations: [Describe]         | operations: [Describe, Alter] | kafka  | which access.txt does not give
            checkpoint retention       | base/kafka/topics.yaml                   | retention.ms: -1               | retention.ms: 604800000   | kafka      | keep every record
            ingress from outside       | base/services/missing-episode-service.yaml | kubernetes.io/metadata.name: monitoring | kubernetes.io/metadata.name: ingress-nginx | network | take traffic from outside the namespace
            egress to another database | base/services/notification-service.yaml | cnpg.io/cluster: notifications-db | cnpg.io/cluster: concerns-db | network | needs exactly
            realm drift                | base/keycloak/realm-import.yaml          | accessTokenLifespan: 300       | accessTokenLifespan: 3000 | realm      | the realm is not config/keycloak/safeguarding-realm.json
            secret value in base       | base/keycloak/keycloak.yaml              | SG_WEB_URL: https://safeguarding.example | password: hunter2 | secrets | a secret value in the manifests
            """)
    void isCaught(String what, String file, String from, String to, String check, String expected) throws IOException {
        copyTree(ManifestsTest.K8S, copy);
        Path target = copy.resolve(file);
        String text = Files.readString(target);
        assertThat(text).as("the case's text is in " + file).contains(from);
        Files.writeString(target, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));

        Checks checks = new Checks(ManifestsTest.ROOT, Rendered.of(copy.resolve("overlays/production")));
        List<String> problems = switch (check) {
            case "parse" -> checks.parse(crds);
            case "references" -> checks.references();
            case "config" -> checks.serviceConfiguration();
            case "kafka" -> checks.kafka();
            case "network" -> checks.networkPolicies();
            case "realm" -> checks.realm();
            case "secrets" -> checks.secretValues(false);
            default -> throw new IllegalArgumentException(check);
        };
        assertThat(problems).as(what).anySatisfy(p -> assertThat(p).contains(expected));
    }

    @Test
    void aPatchThatMatchesNothingStopsTheRendering() throws IOException {
        copyTree(ManifestsTest.K8S, copy);
        Path patch = copy.resolve("overlays/production/patches/keycloak-ingress.yaml");
        Files.writeString(patch, Files.readString(patch).replace("name: keycloak", "name: keycloak-2"));
        assertThatThrownBy(() -> Rendered.of(copy.resolve("overlays/production"))).hasMessageContaining("matches no resource");
    }

    @Test
    void aKustomizeFeatureTheRendererLacksIsRefused() throws IOException {
        copyTree(ManifestsTest.K8S, copy);
        Path k = copy.resolve("overlays/production/kustomization.yaml");
        Files.writeString(k, Files.readString(k) + "commonLabels:\n  team: safeguarding\n");
        assertThatThrownBy(() -> Rendered.of(copy.resolve("overlays/production"))).hasMessageContaining("'commonLabels' is not supported");
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
