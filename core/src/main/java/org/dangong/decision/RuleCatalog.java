package org.dangong.decision;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.dangong.model.InvalidValueException;
import org.dangong.model.Labelled;
import org.dangong.model.Problem;
import org.immutables.value.Value;

/**
 * The catalogue of every {@link Rule} the library applies, by id.
 *
 * <p>{@code org.dangong.Dangong.ruleCatalog()} gathers every engine's rules. The catalogue also
 * checks itself: {@link #completenessProblems(Iterable)} lists every rule without a title in both
 * languages or without any citation or seed practice, and every labelled constant without both
 * labels — a test asserts the list is empty, so a missing translation fails the build.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class RuleCatalog {
  RuleCatalog() {}

  /**
   * Returns the rules, sorted by id.
   *
   * @return the rules
   */
  @Value.Parameter
  public abstract ImmutableList<Rule> rules();

  @Value.Derived
  @Value.Auxiliary
  ImmutableSortedMap<RuleId, Rule> byId() {
    return rules().stream()
        .collect(ImmutableSortedMap.toImmutableSortedMap(RuleId::compareTo, Rule::id, r -> r));
  }

  /**
   * Obtains a catalogue of the given rules.
   *
   * @param rules the rules, with unique ids
   * @return the catalogue, its rules sorted by id
   * @throws InvalidValueException if two rules share an id (rule {@code UNIQUE_RULE_ID}, path
   *     {@code RuleCatalog[<id>]}), listing every duplicate
   */
  public static RuleCatalog of(Iterable<? extends Rule> rules) {
    ProblemList problems = new ProblemList();
    Set<RuleId> seen = new HashSet<>();
    for (Rule rule : rules) {
      problems.require(
          seen.add(rule.id()), "RuleCatalog[" + rule.id() + "]", "UNIQUE_RULE_ID", rule.id());
    }
    problems.throwIfAny();
    return ImmutableRuleCatalog.of(ImmutableList.sortedCopyOf(rules));
  }

  /**
   * Finds a rule by id.
   *
   * @param id the id
   * @return the rule, or empty if the catalogue has none with that id
   */
  public Optional<Rule> rule(RuleId id) {
    return Optional.ofNullable(byId().get(id));
  }

  /**
   * Returns the number of rules.
   *
   * @return the size of the catalogue
   */
  public int size() {
    return rules().size();
  }

  /**
   * Lists the rules whose title is missing in a language.
   *
   * @return one problem per missing title: path {@code rule[<id>]}, rule {@code
   *     MISSING_TRANSLATION_ZH} or {@code MISSING_TRANSLATION_EN}, value the title key
   */
  public ImmutableList<Problem> missingTranslations() {
    ImmutableList.Builder<Problem> problems = ImmutableList.builder();
    for (Rule rule : rules()) {
      for (Problem p : Labels.missingTranslations(ImmutableList.of(rule.titleKey()))) {
        problems.add(Problem.of("rule[" + rule.id() + "]", p.rule(), p.value()));
      }
    }
    return problems.build();
  }

  /**
   * Checks that the catalogue and the given constants are complete: every rule has a title in both
   * languages and at least one citation or seed practice; every seed practice of {@link
   * Rule#seedPractices()} has a title in both languages; every constant has both labels.
   *
   * @param constants the labelled constants to check, such as every enum constant and every policy
   *     parameter of the library
   * @return every problem found, empty when complete; rules {@code MISSING_TRANSLATION_ZH}, {@code
   *     MISSING_TRANSLATION_EN} and {@code CITATION_OR_PRACTICE}
   */
  public ImmutableList<Problem> completenessProblems(Iterable<? extends Labelled> constants) {
    ImmutableList.Builder<Problem> problems = ImmutableList.builder();
    problems.addAll(missingTranslations());
    for (Rule rule : rules()) {
      if (rule.citations().isEmpty() && rule.practices().isEmpty()) {
        problems.add(Problem.of("rule[" + rule.id() + "]", "CITATION_OR_PRACTICE", "none"));
      }
    }
    for (String practice : Rule.seedPractices()) {
      for (Problem p : Labels.missingTranslations(ImmutableList.of("practice." + practice))) {
        problems.add(Problem.of("practice[" + practice + "]", p.rule(), p.value()));
      }
    }
    problems.addAll(Labels.missingLabels(constants));
    return problems.build();
  }

  /**
   * Returns the catalogue in short, such as {@code RuleCatalog[12 rules]}.
   *
   * @return the catalogue as text
   */
  @Override
  public String toString() {
    return "RuleCatalog[" + size() + " rules]";
  }
}
