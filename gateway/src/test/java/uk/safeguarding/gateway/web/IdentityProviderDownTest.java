package uk.safeguarding.gateway.web;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.ConnectException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Keycloak unreachable → 503 (retry later); a bad token → 401. */
class IdentityProviderDownTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new OIDCException("OIDC Server is not available"), true),
                Arguments.of(new RuntimeException(new ConnectException("refused")), true),
                Arguments.of(new AuthenticationFailedException("bad signature"), false),
                Arguments.of(new AuthenticationFailedException(new OIDCException("token expired")), false),
                Arguments.of(new IllegalStateException("other"), false));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void tellsAnUnreachableIdentityProviderFromABadToken(Throwable failure, boolean down) {
        assertThat(EdgeFilters.identityProviderDown(failure)).isEqualTo(down);
    }
}
