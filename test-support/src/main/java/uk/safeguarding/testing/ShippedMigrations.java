package uk.safeguarding.testing;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A shipped migration is history: the service still carries each script of the last release byte for
 * byte, and Flyway refuses a database of that release when one of them is edited or removed (what the
 * service's validation on migrate would meet at start). A service's {@code UpgradeValidationTest}
 * extends it, naming a scratch database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ShippedMigrations {

    private final String database;
    private Path release;
    private String url;

    protected ShippedMigrations(String database) {
        this.database = database;
    }

    @BeforeAll
    void buildTheRelease() {
        release = PreviousRelease.directory();
        url = PreviousRelease.build(database, null);
    }

    static Stream<String> shipped() {
        return PreviousRelease.scripts(PreviousRelease.directory()).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void theServiceStillShipsItByteForByte(String script) throws IOException {
        String current = "db/" + script;
        URL resource = getClass().getClassLoader().getResource(current);
        assertThat(resource).as("%s shipped in release %s and is gone: a shipped migration is never removed", current, PreviousRelease.name(release))
                .isNotNull();
        try (InputStream in = resource.openStream()) {
            assertThat(Arrays.equals(in.readAllBytes(), Files.readAllBytes(release.resolve(script))))
                    .as("%s shipped in release %s and has changed since: a shipped migration is never edited, add the next version",
                            current, PreviousRelease.name(release))
                    .isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void editedAfterItShippedTheUpgradeFailsValidation(String script, @TempDir Path copy) throws IOException {
        copy(release, copy);
        Files.writeString(copy.resolve(script), "-- edited after it shipped\n", StandardOpenOption.APPEND);
        assertThatThrownBy(flyway(copy)::migrate)
                .isInstanceOf(FlywayValidateException.class)
                .hasMessageContaining("checksum mismatch for migration version " + PreviousRelease.version(script));
    }

    /**
     * Every script but the newest: to Flyway, a database holding a version newer than its scripts is ahead of
     * them ("future"), which it lets pass; {@link #theServiceStillShipsItByteForByte} catches that one.
     */
    static Stream<String> shippedBeforeTheNewest() {
        List<String> scripts = shipped().toList();
        MigrationVersion newest = scripts.stream().map(s -> MigrationVersion.fromVersion(PreviousRelease.version(s)))
                .max(Comparator.naturalOrder()).orElseThrow();
        return scripts.stream().filter(s -> !MigrationVersion.fromVersion(PreviousRelease.version(s)).equals(newest));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedBeforeTheNewest")
    void removedAfterItShippedTheUpgradeFailsValidation(String script, @TempDir Path copy) throws IOException {
        copy(release, copy);
        Files.delete(copy.resolve(script));
        assertThatThrownBy(flyway(copy)::migrate)
                .isInstanceOf(FlywayValidateException.class)
                .hasMessageContaining("applied migration not resolved locally: " + PreviousRelease.version(script));
    }

    @Test
    void unchangedTheReleaseValidates(@TempDir Path copy) throws IOException {
        // the control of the cases above: the copy alone is no reason to fail
        copy(release, copy);
        assertThat(flyway(copy).validateWithResult().validationSuccessful).isTrue();
        assertThat(flyway(copy).migrate().migrationsExecuted).isZero();
    }

    private Flyway flyway(Path scripts) {
        return PreviousRelease.flyway(scripts, url, TestDatabase.ownerRole(database), TestDatabase.OWNER_ROLE_PASSWORD,
                TestDatabase.runtimeRole(database)).load();
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
