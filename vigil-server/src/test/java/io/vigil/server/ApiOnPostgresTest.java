package io.vigil.server;

import java.sql.DriverManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The API contract on PostgreSQL at 127.0.0.1:5432 (database test, user postgres), in a schema of
 * its own so that runs never see each other's data. Tagged: runs with {@code -Ppostgres}.
 */
@Tag("postgres")
class ApiOnPostgresTest extends ApiContract {
  static final String SCHEMA = "vigil_it_" + Long.toHexString(System.nanoTime());

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry r) {
    r.add(
        "spring.datasource.url",
        () -> "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + SCHEMA);
    r.add("spring.datasource.username", () -> "postgres");
    r.add("spring.datasource.password", () -> "");
    r.add("spring.flyway.schemas", () -> SCHEMA);
    r.add("spring.flyway.default-schema", () -> SCHEMA);
    r.add("spring.flyway.create-schemas", () -> "true");
  }

  @AfterAll
  static void dropSchema() throws Exception {
    try (var c =
            DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
        var s = c.createStatement()) {
      s.execute("drop schema if exists " + SCHEMA + " cascade");
    }
  }
}
