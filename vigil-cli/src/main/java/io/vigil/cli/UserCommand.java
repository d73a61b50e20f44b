package io.vigil.cli;

import io.vigil.process.access.Role;
import io.vigil.process.marking.Classification;
import io.vigil.server.VigilServer;
import io.vigil.server.security.UserAccounts;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
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
 * {@code vigil user add}: creates a local user (outside demo mode this is how users come to be).
 */
@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = "Local users.",
    subcommands = UserCommand.Add.class)
final class UserCommand {

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description =
          "Adds a user. The password is read from VIGIL_PASSWORD or the first line of standard input, and stored only as a bcrypt hash.")
  static final class Add implements Callable<Integer> {
    private final Map<String, String> env;

    @Spec CommandSpec spec;

    @Option(names = "--username", required = true)
    String username = "";

    @Option(
        names = "--organization",
        required = true,
        description = "e.g. ODNI, NIC, DOJ, DHS, Treasury, State")
    String organization = "";

    @Option(names = "--role", required = true, description = "repeatable: ${COMPLETION-CANDIDATES}")
    List<Role> roles = new ArrayList<>();

    @Option(
        names = "--clearance",
        defaultValue = "UNCLASSIFIED",
        description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    Classification clearance = Classification.UNCLASSIFIED;

    @Option(names = "--db", description = "h2 (default) or postgres")
    @Nullable String db;

    Add(Map<String, String> env) {
      this.env = env;
    }

    @Override
    public Integer call() throws Exception {
      String password = env.get("VIGIL_PASSWORD");
      if (password == null) {
        password =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      }
      if (password == null || password.length() < 8) {
        throw new ParameterException(
            spec.commandLine(),
            "a password of at least 8 characters is needed (VIGIL_PASSWORD or standard input)");
      }
      Database d = Database.resolve(env, db, null);
      List<String> args = new ArrayList<>(List.of(d.springArgs()));
      args.add("--spring.main.web-application-type=none");
      if (d.postgres()) {
        args.add("--spring.profiles.active=postgres");
      }
      try (ConfigurableApplicationContext ctx = VigilServer.start(args.toArray(String[]::new))) {
        ctx.getBean(UserAccounts.class)
            .create("cli", username, password, organization, EnumSet.copyOf(roles), clearance);
      }
      spec.commandLine()
          .getOut()
          .println(
              "user '" + username + "' added with roles " + roles + " and clearance " + clearance);
      return ExitCode.OK.code();
    }
  }
}
