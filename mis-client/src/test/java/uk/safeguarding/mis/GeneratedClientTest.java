package uk.safeguarding.mis;

import org.junit.jupiter.api.Test;
import uk.safeguarding.mis.client.api.ChildrenApi;
import uk.safeguarding.mis.client.api.ConcernsApi;
import uk.safeguarding.mis.client.api.MissingEpisodesApi;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client a school MIS uses is generated from the gateway's document: its method names are
 * the document's operationIds, so they hold as long as the operationIds do.
 */
class GeneratedClientTest {

    static Set<String> methods(Class<?> api) {
        return Arrays.stream(api.getMethods()).map(Method::getName).collect(Collectors.toSet());
    }

    @Test
    void aSchoolMisCanDoWhatItMayThroughNamedOperations() {
        assertThat(methods(ChildrenApi.class)).contains("upsertChildByUpn", "registerChild");
        assertThat(methods(ConcernsApi.class)).contains("raiseConcern");
        assertThat(methods(MissingEpisodesApi.class)).contains("reportMissingEpisode");
    }
}
