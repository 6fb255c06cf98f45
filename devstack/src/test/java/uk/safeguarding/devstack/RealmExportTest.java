package uk.safeguarding.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract section 2: the realm a deployment imports holds no users and no known secrets, and has a
 * password policy; the demo users of every role are a separate, local-only overlay.
 */
class RealmExportTest {

    static final Path DIR = Path.of("..", "config", "keycloak");
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode realm() throws IOException {
        return JSON.readTree(DIR.resolve("safeguarding-realm.json").toFile());
    }

    @Test
    void theProductionRealmHoldsNoUsersButServiceAccounts() throws IOException {
        for (JsonNode user : realm().path("users")) {
            assertThat(user.path("serviceAccountClientId").asText()).as(user.path("username").asText()).isNotEmpty();
            assertThat(user.has("credentials")).as(user.path("username").asText()).isFalse();
        }
    }

    @Test
    void noClientSecretIsWrittenDownOrFallsBackToADefault() throws IOException {
        for (JsonNode client : realm().path("clients")) {
            if (!client.has("secret")) {
                continue; // Keycloak generates one
            }
            assertThat(client.path("secret").asText()).as(client.path("clientId").asText()).matches("\\$\\{[A-Z_]+}");
        }
        String text = Files.readString(DIR.resolve("safeguarding-realm.json"));
        assertThat(text).doesNotContain("\"demo\"").doesNotContain("notifier-secret", "mis-hillside-secret", "not-used");
    }

    @Test
    void passwordsNeedTwelveCharactersAndMayNotBeTheUsername() throws IOException {
        String policy = realm().path("passwordPolicy").asText();
        Matcher placeholder = Pattern.compile("^\\$\\{[A-Z_]+:(.*)}$").matcher(policy);
        String production = placeholder.matches() ? placeholder.group(1) : policy;
        assertThat(production).contains("length(12)").contains("notUsername");
    }

    @Test
    void otpIsRequiredOfThePrivilegedRolesOutsideTheLocalProfile() throws IOException {
        JsonNode realm = realm();
        assertThat(realm.path("browserFlow").asText()).isEqualTo("${SG_BROWSER_FLOW:browser-otp}");
        List<String> privileged = new ArrayList<>();
        for (JsonNode role : realm.path("roles").path("realm")) {
            for (JsonNode composite : role.path("composites").path("realm")) {
                if (composite.asText().equals("otp-required")) {
                    privileged.add(role.path("name").asText());
                }
            }
        }
        assertThat(privileged).contains("dcpo", "police", "social-worker", "auditor", "admin");
    }

    @Test
    void theLocalOverlayHasADemoUserOfEveryRole() throws IOException {
        JsonNode local = JSON.readTree(DIR.resolve("safeguarding-local.json").toFile());
        List<String> roles = new ArrayList<>();
        for (JsonNode user : local.path("users")) {
            user.path("realmRoles").forEach(r -> roles.add(r.asText()));
        }
        assertThat(roles).contains("staff", "dcpo", "social-worker", "police", "ofsted", "specialist", "ops", "auditor", "admin", "mis-client");
    }
}
