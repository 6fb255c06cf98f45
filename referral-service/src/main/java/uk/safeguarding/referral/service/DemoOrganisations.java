package uk.safeguarding.referral.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import uk.safeguarding.referral.api.OrganisationBody;
import uk.safeguarding.referral.config.ReferralConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The demo directory of the local stack ({@code demo/organisations.json}), registered at start
 * when {@code safeguarding.referral.seed-demo=true}, through the same use case as the admin's
 * (so organisation events reach the other services), skipping those already held.
 */
@ApplicationScoped
public class DemoOrganisations {

    public static final String RESOURCE = "demo/organisations.json";
    private static final Logger LOG = Logger.getLogger(DemoOrganisations.class);

    private final ReferralConfig config;
    private final OrganisationService organisations;
    private final ObjectMapper json;

    public DemoOrganisations(ReferralConfig config, OrganisationService organisations, ObjectMapper json) {
        this.config = config;
        this.organisations = organisations;
        this.json = json;
    }

    void onStart(@Observes StartupEvent ignored) {
        if (config.seedDemo()) {
            int registered = seed();
            LOG.infof("demo directory: %d organisation(s) registered", registered);
        }
    }

    /** @return how many were registered now (those already held are skipped) */
    public int seed() {
        int registered = 0;
        for (OrganisationBody body : load()) {
            if (!organisations.exists(body.id())) {
                organisations.register(body);
                registered++;
            }
        }
        return registered;
    }

    public List<OrganisationBody> load() {
        try (InputStream in = DemoOrganisations.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return json.readValue(in, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
