package uk.safeguarding.platform.crypto;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** A service without its encryption key must not start: it could neither store nor read what it protects. */
@ApplicationScoped
public class CryptoKeyCheck {

    void onStart(@Observes StartupEvent ignored) {
        FieldCipher.requireKey();
    }
}
