package uk.safeguarding.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Creates a fresh per-service test database on the local PostgreSQL (127.0.0.1:5432, trust auth). */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static String host() {
        return System.getProperty("test.pg.host", System.getenv().getOrDefault("PGHOST_TEST", "127.0.0.1:5432"));
    }

    /**
     * Drops and creates {@code name} (plus {@code TEST_DB_SUFFIX}, so that two checkouts can run
     * the same service's tests side by side); returns its JDBC URL.
     */
    public static String recreate(String baseName) {
        String name = baseName + System.getenv().getOrDefault("TEST_DB_SUFFIX", "");
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("bad database name");
        }
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host() + "/postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name + ": " + e.getMessage(), e);
        }
        return "jdbc:postgresql://" + host() + "/" + name;
    }

    /**
     * The role a deployment would run the service as on {@code baseName}'s test database: created when
     * missing (login, no superuser), granted by the service's own migrations (placeholder
     * {@code runtime_role}). Tests that prove what the service's role may not do connect as it.
     */
    public static String runtimeRole(String baseName) {
        return role(baseName, "_app", RUNTIME_ROLE_PASSWORD);
    }

    /**
     * The role that owns {@code baseName}'s database and runs its migrations, as a deployment's
     * {@code DB_MIGRATION_USER} does: created when missing (login, no superuser).
     */
    public static String ownerRole(String baseName) {
        return role(baseName, "_owner", OWNER_ROLE_PASSWORD);
    }

    /**
     * Drops and creates {@code baseName} as a deployment has it: owned by {@link #ownerRole}, and
     * reachable by {@link #runtimeRole} and nobody else; returns its JDBC URL.
     */
    public static String recreateOwned(String baseName) {
        String url = recreate(baseName);
        String name = url.substring(url.lastIndexOf('/') + 1);
        String owner = ownerRole(baseName);
        String runtime = runtimeRole(baseName);
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host() + "/postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("alter database " + name + " owner to " + owner);
            s.execute("revoke all on database " + name + " from public");
            s.execute("grant connect on database " + name + " to " + runtime);
        } catch (SQLException e) {
            throw new IllegalStateException("could not hand test database " + name + " to " + owner + ": " + e.getMessage(), e);
        }
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("alter schema public owner to " + owner);
            s.execute("revoke create on schema public from public");
        } catch (SQLException e) {
            throw new IllegalStateException("could not hand the schema of " + name + " to " + owner + ": " + e.getMessage(), e);
        }
        return url;
    }

    private static String role(String baseName, String kind, String password) {
        String role = baseName + System.getenv().getOrDefault("TEST_DB_SUFFIX", "") + kind;
        if (!role.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("bad role name");
        }
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host() + "/postgres", "postgres", "");
             Statement s = c.createStatement()) {
            try (var rs = s.executeQuery("select 1 from pg_roles where rolname = '" + role + "'")) {
                if (!rs.next()) {
                    s.execute("create role " + role + " login nosuperuser nocreatedb nocreaterole password '" + password + "'");
                }
            }
        } catch (SQLException e) {
            // two test JVMs may race to create the role: whoever loses finds it there
            if (!"42710".equals(e.getSQLState())) {
                throw new IllegalStateException("could not create test role " + role + ": " + e.getMessage(), e);
            }
        }
        return role;
    }

    public static final String RUNTIME_ROLE_PASSWORD = "test-runtime-role";
    public static final String OWNER_ROLE_PASSWORD = "test-owner-role";
}
