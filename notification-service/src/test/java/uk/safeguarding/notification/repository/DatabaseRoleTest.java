package uk.safeguarding.notification.repository;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import uk.safeguarding.notification.testing.StubResource;
import uk.safeguarding.testing.ServiceTestResource;
import uk.safeguarding.testing.TestDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Contract sections 1 and 8: the service's own database role (granted by the migrations, as in a
 * deployment) does its work with DML, but the disclosure log belongs to another role: the service
 * role may append to it and read it, never update, delete or truncate it, nor switch its triggers off.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "notifications_test"))
@QuarkusTestResource(StubResource.class)
class DatabaseRoleTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    private Connection asServiceRole() throws SQLException {
        return DriverManager.getConnection(url, TestDatabase.runtimeRole("notifications_test"), TestDatabase.RUNTIME_ROLE_PASSWORD);
    }

    @Test
    void the_service_role_is_no_superuser_and_does_its_work_with_dml() throws SQLException {
        try (Connection c = asServiceRole(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select rolsuper, rolcreaterole, rolcreatedb from pg_roles where rolname = current_user")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBoolean(1) || rs.getBoolean(2) || rs.getBoolean(3)).isFalse();
            }
            s.executeQuery("select count(*) from delivery").close();
            s.executeUpdate("update delivery set status = status where false");
            s.executeUpdate("delete from agency_channel where false");
            s.executeUpdate("delete from outbox_event where false");
            s.executeQuery("select count(*) from disclosure_log").close();
        }
    }

    @Test
    void the_service_role_may_append_to_the_disclosure_log() throws SQLException {
        try (Connection c = asServiceRole()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("insert into disclosure_log (seq, at, recipient_org_id, event_id, action, packet_type, fields_disclosed, prev_hash, hash) "
                        + "values (-1, now(), 'LA-TEST', 'e', 'TEST', 'TEST', '[]', repeat('0', 64), repeat('f', 64))");
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void the_service_role_can_neither_rewrite_nor_cut_the_disclosure_log_nor_disable_its_triggers() throws SQLException {
        try (Connection c = asServiceRole(); Statement s = c.createStatement()) {
            for (String statement : new String[] {
                    "update disclosure_log set recipient_org_id = recipient_org_id",
                    "delete from disclosure_log",
                    "truncate disclosure_log",
                    "alter table disclosure_log disable trigger disclosure_log_no_update",
                    "alter table disclosure_log disable trigger all"}) {
                assertThatThrownBy(() -> s.execute(statement)).as(statement)
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
            }
        }
    }

    @Test
    void the_service_role_can_neither_rewrite_nor_cut_the_signed_checkpoints() throws SQLException {
        try (Connection c = asServiceRole(); Statement s = c.createStatement()) {
            for (String statement : new String[] {
                    "update disclosure_checkpoint set signature = signature",
                    "delete from disclosure_checkpoint",
                    "truncate disclosure_checkpoint",
                    "alter table disclosure_checkpoint disable trigger all"}) {
                assertThatThrownBy(() -> s.execute(statement)).as(statement)
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
            }
        }
    }

    @Test
    void the_migration_history_is_not_the_service_roles_to_touch() throws SQLException {
        try (Connection c = asServiceRole(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeQuery("select count(*) from flyway_schema_history"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
        }
    }
}
