package org.medmine.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The schema files form one numbered sequence that branches append to: every version is used once
 * and has its file, and a warehouse written at an earlier version (here the last one before HL7 v2,
 * version 5) is brought to the latest with its rows kept.
 */
class SchemaMigratorTest {

  @Test
  void everyVersionIsUsedOnceAndHasItsSchemaFile() {
    Set<Integer> seen = new HashSet<>();
    for (SchemaMigrator.Migration m : SchemaMigrator.MIGRATIONS) {
      assertThat(seen.add(m.version())).as("version %d used twice", m.version()).isTrue();
      assertThat(SchemaMigrator.class.getResource(m.resource())).as(m.resource()).isNotNull();
    }
    assertThat(SchemaMigrator.MIGRATIONS)
        .isSortedAccordingTo(java.util.Comparator.comparingInt(SchemaMigrator.Migration::version));
  }

  @Test
  void aWarehouseAtVersionFiveIsMigratedToTheLatestWithItsRowsKept() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE schema_version (version INTEGER NOT NULL, name VARCHAR,"
              + " applied_at TIMESTAMP DEFAULT current_timestamp)");
      for (SchemaMigrator.Migration m : SchemaMigrator.MIGRATIONS) {
        if (m.version() <= 5) {
          for (String sql : SchemaMigrator.statements(read(m.resource()))) {
            s.execute(sql);
          }
          s.execute(
              "INSERT INTO schema_version (version, name) VALUES ("
                  + m.version()
                  + ", '"
                  + m.name()
                  + "')");
        }
      }
      s.execute("INSERT INTO location (source, id, name) VALUES ('default', 'L1', 'Ward 4E')");
      SchemaMigrator migrator = new SchemaMigrator(c);
      assertThat(migrator.currentVersion()).isEqualTo(5);

      migrator.migrate();

      assertThat(migrator.currentVersion())
          .isEqualTo(SchemaMigrator.latestVersion())
          .isGreaterThanOrEqualTo(6);
      try (ResultSet rs = s.executeQuery("SELECT name, physical_type, part_of_id FROM location")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("Ward 4E");
        assertThat(rs.getString(2)).isNull();
        assertThat(rs.next()).isFalse();
      }
      try (ResultSet rs =
          s.executeQuery("SELECT count(*) FROM hl7v2_message, encounter_location")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getLong(1)).isZero();
      }
    }
  }

  private static String read(String resource) throws Exception {
    try (InputStream in = SchemaMigrator.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
