package io.vigil.cli;

import io.vigil.server.VigilServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code vigil serve}: starts the server (API, pages) on the embedded H2 database or PostgreSQL.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Starts the Vigil server. With --demo, an empty database is filled with the 2018 and 2020 election cycles",
      "of the public record and one demo user per role (demo mode only; the users are printed at start)."
    })
final class ServeCommand implements Callable<Integer> {
  private static volatile boolean serving;
  private static volatile @Nullable ConfigurableApplicationContext running;

  private final Map<String, String> env;

  @Spec CommandSpec spec;

  @Option(
      names = "--demo",
      description = "fill an empty database with the demo cycles and demo users")
  boolean demo;

  @Option(
      names = "--port",
      description = "HTTP port (default ${DEFAULT-VALUE})",
      defaultValue = "8080")
  int port;

  @Option(names = "--db", description = "h2 (embedded, default) or postgres")
  @Nullable String db;

  @Option(names = "--db-url", description = "a JDBC URL (overrides --db and VIGIL_DB_URL)")
  @Nullable String dbUrl;

  ServeCommand(Map<String, String> env) {
    this.env = env;
  }

  static boolean serving() {
    return serving;
  }

  /**
   * Stops a server started by this command in this JVM (for tests; a user stops it with Ctrl-C).
   */
  static void stop() {
    ConfigurableApplicationContext ctx = running;
    if (ctx != null) {
      ctx.close();
    }
    running = null;
    serving = false;
  }

  @Override
  public Integer call() {
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be 0-65535, not " + port);
    }
    Database database;
    try {
      database = Database.resolve(env, db, dbUrl);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    List<String> args = new ArrayList<>(List.of(database.springArgs()));
    args.add("--server.port=" + port);
    args.add("--vigil.demo=" + demo);
    if (database.postgres()) {
      args.add("--spring.profiles.active=postgres");
    }
    spec.commandLine()
        .getOut()
        .println(
            "Vigil: data in "
                + database.home()
                + ", database "
                + database.url().replaceAll(";.*", ""));
    ConfigurableApplicationContext ctx = VigilServer.start(args.toArray(String[]::new));
    serving = true;
    running = ctx;
    String actual = ctx.getEnvironment().getProperty("local.server.port", String.valueOf(port));
    spec.commandLine()
        .getOut()
        .println(
            "Vigil is serving on http://localhost:"
                + actual
                + "/ (API under /api, OpenAPI at /v3/api-docs, health at /actuator/health)");
    return ExitCode.OK.code();
  }
}
