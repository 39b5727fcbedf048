package org.dangong.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package structure of the core (see docs/testing.md, "Architecture rules"):
 *
 * <ul>
 *   <li>the engines ({@code building}, {@code appointment}, {@code recommendation}, {@code
 *       targets}, {@code restructuring}) depend on {@code model}, {@code policy}, {@code decision}
 *       and {@code internal}, never on one another — with one documented exception: {@code
 *       restructuring} may use the building engine's public required-forms API ({@code
 *       RequiredForms}, {@code PartyRequirement}, {@code UnionRequirement}) to say which
 *       organisations the enterprises after a merger or split must have; nothing else of {@code
 *       building};
 *   <li>{@code model}, {@code policy} and {@code decision} depend on no engine and not on the
 *       aggregating root package;
 *   <li>no cycles between packages;
 *   <li>no public member of an exported type has a generated {@code Immutable*} class, or a mutable
 *       collection type ({@code java.util} {@code Collection}, {@code List}, {@code Set}, {@code Map}
 *       and their sorted and navigable kinds), as its type, return type or parameter type. Guava's
 *       immutable collections, {@code Iterable} and {@code Optional} are fine.
 * </ul>
 *
 * <p>The rules are built for a root package, so that each can be shown to fail on a tree of
 * planted violations laid out like the core ({@code org.dangong.architecture.planted}).
 */
class PackageRulesTest {
  private static final ImmutableList<String> ENGINES =
      ImmutableList.of("building", "appointment", "recommendation", "targets", "restructuring");

  private static final ImmutableList<String> FOUNDATIONS = ImmutableList.of("model", "policy", "decision");

  /** The only classes of one engine that another may use: engine → (engine → simple names). */
  private static final Map<String, Map<String, Set<String>>> ALLOWED_ENGINE_API =
      Map.of(
          "restructuring",
          Map.of("building", ImmutableSet.of("RequiredForms", "PartyRequirement", "UnionRequirement")));

  /** The packages the core's module exports, relative to the root ("" for the root itself). */
  private static final ImmutableList<String> EXPORTED =
      ImmutableList.<String>builder().add("").addAll(FOUNDATIONS).addAll(ENGINES).build();

  private static final ImmutableSet<String> MUTABLE_COLLECTIONS =
      ImmutableSet.of(
          Collection.class.getName(),
          List.class.getName(),
          Set.class.getName(),
          Map.class.getName(),
          java.util.SortedSet.class.getName(),
          java.util.NavigableSet.class.getName(),
          java.util.SortedMap.class.getName(),
          java.util.NavigableMap.class.getName(),
          java.util.Queue.class.getName(),
          java.util.Deque.class.getName());

  private static JavaClasses core;
  private static JavaClasses planted;

  @BeforeAll
  static void importClasses() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.dangong");
    planted = new ClassFileImporter().importPackages("org.dangong.architecture.planted");
  }

  // ---- the rules, for a root package ----

  static List<ArchRule> engineIndependence(String root) {
    List<ArchRule> rules = new ArrayList<>();
    for (String engine : ENGINES) {
      Map<String, Set<String>> allowed = ALLOWED_ENGINE_API.getOrDefault(engine, Map.of());
      DescribedPredicate<JavaClass> otherEngine =
          DescribedPredicate.describe(
              "belong to another engine (other than its allowed public API " + allowed + ")",
              c -> {
                for (String other : ENGINES) {
                  if (other.equals(engine) || !inPackage(c, root + "." + other)) {
                    continue;
                  }
                  return !allowed.getOrDefault(other, Set.of()).contains(topLevelSimpleName(c));
                }
                return false;
              });
      rules.add(
          noClasses()
              .that()
              .resideInAPackage(root + "." + engine + "..")
              .should()
              .dependOnClassesThat(otherEngine)
              .as("the " + engine + " engine depends on no other engine " + (allowed.isEmpty() ? "" : "except " + allowed)));
    }
    return rules;
  }

  static ArchRule foundationsDependOnNoEngine(String root) {
    String[] engines = ENGINES.stream().map(e -> root + "." + e + "..").toArray(String[]::new);
    return noClasses()
        .that()
        .resideInAnyPackage(FOUNDATIONS.stream().map(f -> root + "." + f + "..").toArray(String[]::new))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(engines)
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage(root)
        .as("model, policy and decision depend on no engine and not on the root package");
  }

  static ArchRule noPackageCycles(String root) {
    return slices().matching(root + ".(*)..").should().beFreeOfCycles().as("no cycles between the packages of " + root);
  }

  static ArchRule apiExposesNoMutableOrGeneratedType(String root) {
    Set<String> exported = new java.util.HashSet<>();
    for (String p : EXPORTED) {
      exported.add(p.isEmpty() ? root : root + "." + p);
    }
    DescribedPredicate<JavaMember> publicApi =
        DescribedPredicate.describe(
            "public members of public types of exported packages",
            m ->
                m.getModifiers().contains(JavaModifier.PUBLIC)
                    && isPublicApiType(m.getOwner())
                    && exported.contains(m.getOwner().getPackageName())
                    && !m.getOwner().getSimpleName().startsWith("Immutable"));
    ArchCondition<JavaMember> signature =
        new ArchCondition<>("expose no mutable collection type or generated Immutable* class") {
          @Override
          public void check(JavaMember member, ConditionEvents events) {
            List<JavaClass> types = new ArrayList<>();
            if (member instanceof JavaField field) {
              types.add(field.getRawType());
            } else if (member instanceof JavaCodeUnit code) {
              types.add(code.getRawReturnType());
              types.addAll(code.getRawParameterTypes());
            }
            for (JavaClass type : types) {
              String name = type.getName();
              boolean generated = type.getSimpleName().startsWith("Immutable") && !name.startsWith("com.google.common.");
              if (MUTABLE_COLLECTIONS.contains(name) || generated) {
                events.add(
                    SimpleConditionEvent.violated(
                        member, member.getFullName() + " exposes " + name + " in " + member.getSourceCodeLocation()));
              }
            }
          }
        };
    return members().that(publicApi).should(signature).as("the public API exposes no mutable collection and no generated Immutable* class");
  }

  static List<ArchRule> all(String root) {
    List<ArchRule> rules = new ArrayList<>(engineIndependence(root));
    rules.add(foundationsDependOnNoEngine(root));
    rules.add(noPackageCycles(root));
    rules.add(apiExposesNoMutableOrGeneratedType(root));
    return rules;
  }

  private static boolean inPackage(JavaClass c, String pkg) {
    return c.getPackageName().equals(pkg) || c.getPackageName().startsWith(pkg + ".");
  }

  private static String topLevelSimpleName(JavaClass c) {
    String name = c.getName().substring(c.getPackageName().length() + 1);
    int nested = name.indexOf('$');
    return nested < 0 ? name : name.substring(0, nested);
  }

  private static boolean isPublicApiType(JavaClass c) {
    for (JavaClass t = c; ; t = t.getEnclosingClass().orElseThrow()) {
      if (!t.getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
      if (t.getEnclosingClass().isEmpty()) {
        return true;
      }
    }
  }

  // ---- the core keeps them ----

  @Test
  void enginesDependOnNoOtherEngine() {
    for (ArchRule rule : engineIndependence("org.dangong")) {
      rule.check(core);
    }
  }

  @Test
  void modelPolicyAndDecisionDependOnNoEngine() {
    foundationsDependOnNoEngine("org.dangong").check(core);
  }

  @Test
  void packagesAreFreeOfCycles() {
    noPackageCycles("org.dangong").check(core);
  }

  @Test
  void publicApiExposesNoMutableCollectionOrGeneratedClass() {
    apiExposesNoMutableOrGeneratedType("org.dangong").check(core);
  }

  @Test
  void restructuringUsesOnlyTheAllowedPartOfBuilding() {
    Set<String> used = new java.util.TreeSet<>();
    for (JavaClass c : core) {
      if (inPackage(c, "org.dangong.restructuring")) {
        c.getDirectDependenciesFromSelf().stream()
            .map(d -> d.getTargetClass())
            .filter(t -> inPackage(t, "org.dangong.building"))
            .forEach(t -> used.add(topLevelSimpleName(t)));
      }
    }
    // the exception exists (so the allowance is not stale) and is no wider than documented
    assertThat(used).isNotEmpty().isSubsetOf(ALLOWED_ENGINE_API.get("restructuring").get("building"));
  }

  // ---- each rule fails on the planted violations ----

  @Test
  void everyRuleFailsOnAPlantedViolation() {
    String root = "org.dangong.architecture.planted";
    assertThat(planted.size()).isGreaterThanOrEqualTo(6);
    List<ArchRule> engines = engineIndependence(root);
    // building uses appointment; restructuring uses a building class other than RequiredForms
    assertThat(engines.get(ENGINES.indexOf("building")).evaluate(planted).hasViolation()).isTrue();
    assertThat(engines.get(ENGINES.indexOf("restructuring")).evaluate(planted).getFailureReport().getDetails())
        .hasSize(1)
        .allSatisfy(line -> assertThat(line).contains("PlantedEngine").doesNotContain("RequiredForms"));
    assertThat(engines.get(ENGINES.indexOf("appointment")).evaluate(planted).hasViolation()).isFalse();
    assertThat(foundationsDependOnNoEngine(root).evaluate(planted).hasViolation()).isTrue();
    assertThat(noPackageCycles(root).evaluate(planted).hasViolation()).isTrue();
    List<String> leaks = apiExposesNoMutableOrGeneratedType(root).evaluate(planted).getFailureReport().getDetails();
    assertThat(String.join("\n", leaks))
        .contains("PlantedLeakyApi.names ")
        .contains("PlantedLeakyApi.names()")
        .contains("PlantedLeakyApi.count(java.util.Map)")
        .contains("PlantedLeakyApi.planted()");
    for (ArchRule rule : all(root)) {
      assertThat(rule.getDescription()).isNotBlank();
    }
  }
}
