package io.vigil.coordination.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine knows nothing of Spark; the Spark module knows nothing of Spring. */
class BoundaryTest {
  static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.vigil.coordination");

  @Test
  void theEngineDependsOnNoSparkHadoopOrScala() {
    noClasses()
        .that()
        .resideInAPackage("io.vigil.coordination")
        .or()
        .resideInAPackage("io.vigil.coordination.cli..")
        .or()
        .resideInAPackage("io.vigil.coordination.eval..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.spark..", "org.apache.hadoop..", "scala..")
        .because("the engine runs on one machine without Spark; this module wires it to Spark")
        .check(CLASSES);
  }

  @Test
  void theSparkModuleUsesNoSpring() {
    noClasses()
        .that()
        .resideInAPackage("io.vigil.coordination.spark..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "jakarta.servlet..")
        .check(CLASSES);
  }
}
