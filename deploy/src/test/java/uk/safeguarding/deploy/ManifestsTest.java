package uk.safeguarding.deploy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Both overlays, rendered as Kustomize would, pass every check of {@link Checks}. */
class ManifestsTest {

    static final Path ROOT = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
    static final Path K8S = ROOT.resolve("deploy/k8s");
    static CrdSchema crds;

    @BeforeAll
    static void load() throws IOException {
        crds = CrdSchema.load(ROOT.resolve("deploy/src/test/resources/crds"));
        if (Boolean.getBoolean("deploy.write-realm")) {
            Files.writeString(ROOT.resolve(RealmImport.FILE), RealmImport.render(ROOT));
        }
    }

    private static Checks checks(String overlay) {
        return new Checks(ROOT, Rendered.of(K8S.resolve("overlays").resolve(overlay)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyResourceParsesAsItsKind(String overlay) {
        assertThat(checks(overlay).parse(crds)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyReferencedSecretConfigMapServiceAndAccountExists(String overlay) {
        assertThat(checks(overlay).references()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void eachDeploymentMatchesItsServicesConfiguration(String overlay) {
        assertThat(checks(overlay).serviceConfiguration()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void kafkaUsersTopicsAndAclsAreThoseOfTheAccessTable(String overlay) {
        assertThat(checks(overlay).kafka()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void onlyTheGatewayTakesTrafficFromOutsideAndEachServiceReachesOnlyWhatItNeeds(String overlay) {
        assertThat(checks(overlay).networkPolicies()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void theRealmImportIsTheProductionRealm(String overlay) {
        assertThat(checks(overlay).realm()).isEmpty();
    }

    @Test
    void noSecretValueOutsideTheLocalOverlay() {
        assertThat(checks("production").secretValues(false)).isEmpty();
        assertThat(new Checks(ROOT, Rendered.of(K8S.resolve("base"))).secretValues(false)).isEmpty();
        assertThat(checks("local").secretValues(true)).isEmpty();
    }

    @Test
    void theRealmImportFileIsMadeFromTheRealmExport() throws IOException {
        assertThat(Files.readString(ROOT.resolve(RealmImport.FILE)))
                .as("regenerate with -Ddeploy.write-realm=true").isEqualTo(RealmImport.render(ROOT));
    }

    @Test
    void theHttpCallsBetweenServicesAreTheOnesTheCodeMakes() {
        // The gateway proxies to all four; notification-service fetches packets from the three owners.
        assertThat(checks("production").callees()).containsEntry("gateway",
                        java.util.Set.of("concern-service", "referral-service", "missing-episode-service", "notification-service"))
                .containsEntry("notification-service", java.util.Set.of("concern-service", "referral-service", "missing-episode-service"))
                .containsEntry("concern-service", java.util.Set.of())
                .containsEntry("referral-service", java.util.Set.of())
                .containsEntry("missing-episode-service", java.util.Set.of());
    }
}
