package uk.safeguarding.concern.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import uk.safeguarding.concern.domain.IndicatorCatalogue;
import uk.safeguarding.concern.domain.RiskScreening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads the configured risk model once; the catalogue endpoint and the screening share it. */
public class RiskModelProducer {

    @Produces
    @Singleton
    IndicatorCatalogue catalogue(ConcernConfig config) {
        String location = config.riskModel().catalogue();
        try (InputStream in = open(location)) {
            return IndicatorCatalogue.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the risk model " + location, e);
        }
    }

    @Produces
    @Singleton
    RiskScreening screening(IndicatorCatalogue catalogue) {
        return new RiskScreening(catalogue);
    }

    private static InputStream open(String location) throws IOException {
        Path file = Path.of(location);
        if (Files.isRegularFile(file)) {
            return Files.newInputStream(file);
        }
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(location);
        if (in == null) {
            throw new IOException("not found");
        }
        return in;
    }
}
