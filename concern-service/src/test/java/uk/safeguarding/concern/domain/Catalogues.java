package uk.safeguarding.concern.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The shipped risk model, read as the service reads it. */
final class Catalogues {

    private Catalogues() {
    }

    static IndicatorCatalogue shipped() {
        try (InputStream in = Catalogues.class.getClassLoader().getResourceAsStream("risk-model/2026.1.json")) {
            return IndicatorCatalogue.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
