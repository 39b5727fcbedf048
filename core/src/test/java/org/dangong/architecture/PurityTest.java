package org.dangong.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core is pure: no I/O, no clock, no randomness, no console, no static mutable state; generated
 * implementation classes stay hidden. Each rule is also shown to fail on a class that breaks it, so
 * that a rule which can never fail would be noticed.
 */
class PurityTest {
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.dangong");
  }

  static final ArchRule NO_IO =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.io..", "java.nio.file..", "java.net..", "java.sql..")
          .as("core does no I/O: no java.io, java.nio.file, java.net or java.sql");

  static final ArchRule NO_CLOCK =
      noClasses()
          .should()
          .callMethod(LocalDate.class, "now")
          .orShould()
          .callMethod(java.time.LocalDateTime.class, "now")
          .orShould()
          .callMethod(java.time.Instant.class, "now")
          .orShould()
          .callMethod(java.time.ZonedDateTime.class, "now")
          .orShould()
          .callMethod(System.class, "currentTimeMillis")
          .orShould()
          .callMethod(System.class, "nanoTime")
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(Clock.class)
          .as("core reads no clock: dates are parameters");

  static final ArchRule NO_RANDOMNESS =
      noClasses()
          .should()
          .dependOnClassesThat()
          .areAssignableTo(Random.class)
          .orShould()
          .dependOnClassesThat()
          .resideInAnyPackage("java.util.random..")
          .orShould()
          .callMethod(Math.class, "random")
          .as("core uses no randomness");

  static final ArchRule NO_CONSOLE =
      noClasses()
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err")
          .orShould()
          .dependOnClassesThat()
          .areAssignableTo(PrintStream.class)
          .as("core writes nothing to System.out or System.err");

  static final ArchRule NO_STATIC_MUTABLE_STATE =
      fields().that().areStatic().should().beFinal().as("core has no static mutable state");

  static final ArchRule GENERATED_CLASSES_HIDDEN =
      classes()
          .that()
          .haveSimpleNameStartingWith("Immutable")
          .or()
          .haveSimpleNameStartingWith("With")
          .should()
          .notBePublic()
          .as("generated Immutable* and With* types are not public API");

  @Test
  void coreDoesNoIo() {
    NO_IO.check(core);
  }

  @Test
  void coreReadsNoClock() {
    NO_CLOCK.check(core);
  }

  @Test
  void coreUsesNoRandomness() {
    NO_RANDOMNESS.check(core);
  }

  @Test
  void coreWritesNothingToTheConsole() {
    NO_CONSOLE.check(core);
  }

  @Test
  void coreHasNoStaticMutableState() {
    NO_STATIC_MUTABLE_STATE.check(core);
  }

  @Test
  void generatedClassesAreHidden() {
    GENERATED_CLASSES_HIDDEN.check(core);
  }

  @Test
  void theCoreIsNotEmpty() {
    assertThat(core.containPackage("org.dangong.model")).isTrue();
    assertThat(core.size()).isGreaterThan(20);
  }

  // ---- each rule fails on a class that breaks it ----

  @SuppressWarnings("unused")
  static final class Impure {
    static int counter;

    Object read() throws java.io.IOException {
      return java.nio.file.Files.readString(Path.of("x"));
    }

    LocalDate today() {
      return LocalDate.now();
    }

    long millis() {
      return System.currentTimeMillis();
    }

    int dice() {
      return new Random().nextInt();
    }

    void print() {
      System.out.println("x");
    }
  }

  public static final class ImmutableLeak {}

  @Test
  void everyRuleFailsOnAViolatingClass() {
    JavaClasses impure = new ClassFileImporter().importClasses(Impure.class, ImmutableLeak.class);
    for (ArchRule rule :
        new ArchRule[] {
          NO_IO, NO_CLOCK, NO_RANDOMNESS, NO_CONSOLE, NO_STATIC_MUTABLE_STATE, GENERATED_CLASSES_HIDDEN
        }) {
      assertThat(rule.evaluate(impure).hasViolation()).as(rule.getDescription()).isTrue();
    }
  }
}
