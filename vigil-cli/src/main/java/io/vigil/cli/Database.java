package io.vigil.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where Vigil's data lives: {@code VIGIL_HOME} (default {@code ./data}), and which database: the
 * embedded H2 file under it, PostgreSQL, or an explicit JDBC URL ({@code VIGIL_DB_URL}).
 */
record Database(Path home, String url, String user, String password, boolean postgres) {

  static Database resolve(Map<String, String> env, @Nullable String db, @Nullable String url) {
    Path home = Path.of(env.getOrDefault("VIGIL_HOME", "data")).toAbsolutePath().normalize();
    String explicit = url != null ? url : env.get("VIGIL_DB_URL");
    String kind =
        db == null
            ? (explicit != null && explicit.startsWith("jdbc:postgresql:") ? "postgres" : "h2")
            : db.toLowerCase(Locale.ROOT);
    boolean pg = kind.equals("postgres") || kind.equals("postgresql");
    if (!pg && !kind.equals("h2")) {
      throw new IllegalArgumentException("--db must be h2 or postgres, not '" + db + "'");
    }
    String u =
        explicit != null
            ? explicit
            : pg
                ? "jdbc:postgresql://127.0.0.1:5432/vigil"
                : "jdbc:h2:file:"
                    + home.resolve("db").resolve("vigil")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
    String user = env.getOrDefault("VIGIL_DB_USER", pg ? "postgres" : "sa");
    String pw = env.getOrDefault("VIGIL_DB_PASSWORD", "");
    return new Database(home, u, user, pw, pg);
  }

  /** Spring arguments that point the server at this database. */
  String[] springArgs() {
    return new String[] {
      "--vigil.home=" + home,
      "--spring.datasource.url=" + url,
      "--spring.datasource.username=" + user,
      "--spring.datasource.password=" + password
    };
  }
}
