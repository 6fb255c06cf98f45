package uk.safeguarding.testing;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The migrations of the last release, byte for byte as they shipped: a service's test resources hold
 * them under {@code db/release/<release>/platform} and {@code .../migration}, the two locations of the
 * service's Flyway in that order ({@code devstack/snapshot-migrations.sh} makes the copy at each
 * release). An upgrade test builds a database from the copy, adds rows as that release wrote them, and
 * starts the current service on it: its Flyway validates what shipped and applies what is newer.
 */
public final class PreviousRelease {

    public static final String ROOT = "db/release";
    /** The folders of a release, in the order of {@code quarkus.flyway.locations} (platform's first). */
    public static final List<String> FOLDERS = List.of("platform", "migration");

    private PreviousRelease() {
    }

    /** The newest release copy on the test classpath (releases are named by date, yyyy-mm-dd). */
    public static Path directory() {
        Path root = classpathDirectory(ROOT);
        try (Stream<Path> releases = Files.list(root)) {
            return releases.filter(Files::isDirectory).max(Comparator.comparing(p -> p.getFileName().toString()))
                    .orElseThrow(() -> new IllegalStateException("no release under " + root + ": run devstack/snapshot-migrations.sh"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The release's name: its folder's. */
    public static String name(Path release) {
        return release.getFileName().toString();
    }

    /** The release's scripts, relative to its folder ({@code platform/V0_1__platform.sql}, {@code migration/V1__...}). */
    public static List<String> scripts(Path release) {
        try (Stream<Path> files = Files.walk(release)) {
            return files.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".sql"))
                    .map(p -> release.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version a script's name gives ({@code V0_1__platform.sql} is 0.1). */
    public static String version(String script) {
        String file = script.substring(script.lastIndexOf('/') + 1);
        return file.substring(1, file.indexOf("__")).replace('_', '.');
    }

    /**
     * Flyway as the service configures it (platform's {@code quarkus.flyway.*}): the scripts under
     * {@code release}, the runtime role placeholder its V5 grants, validation on migrate.
     */
    public static FluentConfiguration flyway(Path release, String url, String user, String password, String runtimeRole) {
        String[] locations = FOLDERS.stream().map(release::resolve).filter(Files::isDirectory)
                .map(p -> "filesystem:" + p.toAbsolutePath()).toArray(String[]::new);
        return Flyway.configure(PreviousRelease.class.getClassLoader())
                .dataSource(url, user, password)
                .locations(locations)
                .placeholders(Map.of("runtime_role", runtimeRole))
                .validateOnMigrate(true)
                .cleanDisabled(true);
    }

    /**
     * Builds {@code baseName}'s database as the last release left it: owned by its owner role, which ran
     * the release's migrations (as a deployment's {@code DB_MIGRATION_USER} does), then the owner's
     * {@code seed} (a classpath SQL script, one transaction): the rows that release wrote.
     * Returns the JDBC URL.
     */
    public static String build(String baseName, String seed) {
        String url = TestDatabase.recreateOwned(baseName);
        String owner = TestDatabase.ownerRole(baseName);
        flyway(directory(), url, owner, TestDatabase.OWNER_ROLE_PASSWORD, TestDatabase.runtimeRole(baseName)).load().migrate();
        if (seed != null) {
            run(url, owner, TestDatabase.OWNER_ROLE_PASSWORD, seed);
        }
        return url;
    }

    /**
     * Asserts what a service's Flyway did on a database {@link #build} made, once the service started:
     * validation on migrate is on; the release's scripts are the history's first entries, applied by the
     * build (never again) and matching; every newer script was applied after them; nothing is pending
     * or failed. Returns a line for the test log.
     */
    public static String assertUpgraded(Flyway flyway) {
        Path release = directory();
        List<String> shipped = scripts(release).stream().map(PreviousRelease::version).toList();
        if (!flyway.getConfiguration().isValidateOnMigrate()) {
            throw new AssertionError("the service's Flyway does not validate on migrate: an edited shipped script would go unnoticed");
        }
        MigrationInfo[] applied = flyway.info().applied();
        List<String> problems = new ArrayList<>();
        int onTop = 0;
        for (MigrationInfo m : applied) {
            String version = String.valueOf(m.getVersion());
            if (m.getState() != MigrationState.SUCCESS) {
                problems.add(version + " is " + m.getState());
            }
            boolean fromRelease = shipped.contains(version);
            if (fromRelease && m.getInstalledRank() > shipped.size()) {
                problems.add(version + " shipped in " + name(release) + " but was applied by the current service (rank " + m.getInstalledRank() + ")");
            }
            if (!fromRelease) {
                onTop++;
                if (m.getInstalledRank() <= shipped.size()) {
                    problems.add(version + " is not in " + name(release) + " but was applied before it (rank " + m.getInstalledRank() + ")");
                }
            }
        }
        if (applied.length - onTop != shipped.size()) {
            problems.add("the history holds " + (applied.length - onTop) + " of the " + shipped.size() + " scripts of " + name(release));
        }
        if (flyway.info().pending().length > 0) {
            problems.add(flyway.info().pending().length + " migrations still pending");
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("upgrade from " + name(release) + ": " + String.join("; ", problems));
        }
        return "upgraded from release " + name(release) + ": " + shipped.size() + " shipped migrations kept, " + onTop + " applied on top";
    }

    /**
     * Waits until the service's outbox relay has sent {@code eventId}, an event the release left unpublished
     * (read through the service's own data source, as its runtime role). Never a fixed sleep.
     */
    public static void awaitPublished(DataSource dataSource, String eventId, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement s = c.prepareStatement("select published_at from outbox_event where event_id = ?::uuid")) {
                s.setString(1, eventId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new AssertionError("the release's outbox event " + eventId + " is gone");
                    }
                    if (rs.getObject(1) != null) {
                        return;
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the release's outbox event " + eventId + " was not sent within " + within);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
    }

    /** Runs the statements of a classpath SQL script in one transaction. */
    public static void run(String url, String user, String password, String resource) {
        String sql;
        try (InputStream in = resource(resource).openStream()) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(resource + " did not load on the release's schema: " + e.getMessage(), e);
        }
    }

    static Path classpathDirectory(String name) {
        URL url = resource(name);
        if (!"file".equals(url.getProtocol())) {
            throw new IllegalStateException(name + " is not a folder of the test classpath: " + url);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static URL resource(String name) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        URL url = loader == null ? null : loader.getResource(name);
        if (url == null) {
            url = PreviousRelease.class.getClassLoader().getResource(name);
        }
        if (url == null) {
            throw new IllegalStateException(name + " is not on the test classpath");
        }
        return url;
    }
}
