package io.vigil.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries, checked on every build: engines are plain Java (no Spring, no servlet),
 * engines do not reach into each other, the process knows no engine and no edge, and nothing below
 * the CLI depends on it.
 */
class ArchitectureTest {
  static JavaClasses classes;

  @BeforeAll
  static void importVigil() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.vigil");
  }

  @Test
  void enginesAndProcessUseNoSpring() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "io.vigil.process..",
            "io.vigil.screening..",
            "io.vigil.coordination..",
            "io.vigil.domains..",
            "io.vigil.stix..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "jakarta.servlet..", "jakarta.persistence..")
        .because("engines are plain Java modules; the server wires them")
        .check(classes);
  }

  @Test
  void processDependsOnNoEngineAndNoEdge() {
    noClasses()
        .that()
        .resideInAPackage("io.vigil.process..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.vigil.screening..",
            "io.vigil.coordination..",
            "io.vigil.domains..",
            "io.vigil.stix..",
            "io.vigil.server..",
            "io.vigil.cli..")
        .check(classes);
  }

  @Test
  void detectionEnginesAreIndependentOfEachOtherAndOfTheProcess() {
    String[][] engines = {
      {"io.vigil.screening.."}, {"io.vigil.coordination.."}, {"io.vigil.domains.."}
    };
    for (String[] e : engines) {
      noClasses()
          .that()
          .resideInAPackage(e[0])
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(others(e[0]))
          .check(classes);
    }
  }

  @Test
  void stixDependsOnlyOnTheProcess() {
    noClasses()
        .that()
        .resideInAPackage("io.vigil.stix..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.vigil.screening..",
            "io.vigil.coordination..",
            "io.vigil.domains..",
            "io.vigil.server..",
            "io.vigil.cli..")
        .check(classes);
  }

  @Test
  void serverDoesNotDependOnTheCli() {
    noClasses()
        .that()
        .resideInAPackage("io.vigil.server..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.vigil.cli..")
        .check(classes);
  }

  private static String[] others(String self) {
    return java.util.stream.Stream.of(
            "io.vigil.screening..",
            "io.vigil.coordination..",
            "io.vigil.domains..",
            "io.vigil.stix..",
            "io.vigil.process..",
            "io.vigil.server..",
            "io.vigil.cli..")
        .filter(p -> !p.equals(self))
        .toArray(String[]::new);
  }
}
