package io.vigil.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;

/** The {@code vigil} command line. {@link #run} is for tests: it never calls System.exit. */
public final class VigilCli {
  private VigilCli() {}

  public static void main(String[] args) {
    int code =
        run(
            System.getenv(),
            new PrintWriter(System.out, true),
            new PrintWriter(System.err, true),
            args);
    if (code != 0 || !ServeCommand.serving()) {
      System.exit(code);
    }
  }

  /** Runs a command line with the given environment and streams; returns the exit code. */
  public static int run(Map<String, String> env, PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = commandLine(env);
    cl.setOut(out);
    cl.setErr(err);
    return cl.execute(args);
  }

  static CommandLine commandLine(Map<String, String> env) {
    CommandLine cl = new CommandLine(new RootCommand(), new Factory(env));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(
        (ex, c, parse) -> {
          if (ex instanceof IllegalArgumentException
              || ex instanceof io.vigil.process.InvalidField) {
            c.getErr().println("vigil: " + ex.getMessage());
            return ExitCode.USAGE_ERROR.code();
          }
          Throwable root = ex;
          while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
          }
          c.getErr()
              .println(
                  "vigil: " + ex.getMessage() + (root == ex ? "" : " (" + root.getMessage() + ")"));
          return ExitCode.ERROR.code();
        });
    Engines.register(cl);
    return cl;
  }

  /** Gives commands the environment, so tests can set VIGIL_HOME without touching the real one. */
  record Factory(Map<String, String> env) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      for (var c : cls.getDeclaredConstructors()) {
        if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == Map.class) {
          c.setAccessible(true);
          return cls.cast(c.newInstance(env));
        }
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }
}
