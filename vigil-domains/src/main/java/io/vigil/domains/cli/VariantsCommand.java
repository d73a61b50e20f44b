package io.vigil.domains.cli;

import io.vigil.domains.InvalidDomain;
import io.vigil.domains.LookalikeDetector;
import io.vigil.domains.Registry;
import io.vigil.domains.RegistryRejected;
import io.vigil.domains.Variant;
import io.vigil.domains.Variants;
import io.vigil.domains.Verdict;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigil domains variants DOMAIN}: the dnstwist-style permutations of a domain, one per line
 * as {@code fuzzer<TAB>domain}; with {@code --check}, also the detector's score, alert and the
 * imitated organisation.
 */
@Command(
    name = "variants",
    mixinStandardHelpOptions = true,
    description = "List dnstwist-style permutations of DOMAIN (fuzzer<TAB>domain per line).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok",
      "1:the registry file could not be read",
      "2:usage error, rejected registry, or DOMAIN is not a registrable domain name"
    })
final class VariantsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DOMAIN", description = "The domain to permute.")
  String domain;

  @Option(
      names = {"-r", "--registry"},
      paramLabel = "FILE",
      description = "Registry for --check (TSV); default: the built-in registry.")
  java.nio.file.@Nullable Path registry;

  @Option(
      names = "--check",
      description = "Also check each permutation: score, alert, imitated organisation.")
  boolean check;

  @Override
  public Integer call() {
    List<Variant> variants;
    try {
      variants = Variants.generate(domain);
    } catch (InvalidDomain e) {
      spec.commandLine().getErr().println(e.getMessage());
      spec.commandLine().getErr().flush();
      return ExitCode.USAGE_ERROR.code();
    }
    PrintWriter out = spec.commandLine().getOut();
    @Nullable LookalikeDetector detector = null;
    if (check) {
      try {
        detector =
            registry == null
                ? LookalikeDetector.withDefaults()
                : LookalikeDetector.of(Registry.load(registry));
      } catch (RegistryRejected e) {
        spec.commandLine().getErr().println("registry rejected: " + e.getMessage());
        spec.commandLine().getErr().flush();
        return ExitCode.USAGE_ERROR.code();
      } catch (java.io.IOException e) {
        spec.commandLine()
            .getErr()
            .println("cannot read registry " + registry + ": " + e.getMessage());
        spec.commandLine().getErr().flush();
        return ExitCode.ERROR.code();
      }
    }
    for (Variant variant : variants) {
      if (detector == null) {
        out.println(variant.fuzzer() + "\t" + variant.domain());
      } else {
        Verdict verdict = detector.check(variant.domain());
        out.printf(
            "%s\t%s\t%.2f\t%s\t%s%n",
            variant.fuzzer(),
            variant.domain(),
            verdict.score(),
            verdict.alert() ? "alert" : "-",
            verdict.imitates() == null ? "-" : verdict.imitates().org());
      }
    }
    out.flush();
    return ExitCode.OK.code();
  }
}
