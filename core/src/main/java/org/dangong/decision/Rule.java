package org.dangong.decision;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.dangong.model.InvalidValueException;
import org.dangong.policy.Citation;
import org.immutables.value.Value;

/**
 * The definition of a rule an engine applies: its {@link RuleId}, the seed practices it implements
 * and the clauses it comes from.
 *
 * <p>Engines declare their rules as constants in their own package, for example
 *
 * <pre>{@code
 * public static final Rule CHAIR_BARRED_HR_HEAD = Rule.of(
 *     RuleId.of("CROSS-APPOINT.CHAIR-BARRED-HR-HEAD"),
 *     ImmutableSet.of("CROSS-APPOINT"),
 *     ImmutableList.of(Citation.of(Source.CHAIR_RULES, "Art. 6", "…人力资源部门负责人…")));
 * }</pre>
 *
 * <p>with a {@code static ImmutableList<Rule> all()} that {@code org.dangong.Dangong} gathers into
 * the {@link RuleCatalog}. A rule's title is in the message bundles under {@link #titleKey()}.
 * Every rule cites at least a seed practice or a clause; {@link RuleCatalog#completenessProblems}
 * checks it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Rule implements Comparable<Rule> {
  /** The ids of the practices described by the seed paper, from the project's list of them. */
  private static final ImmutableSet<String> SEED_PRACTICES =
      ImmutableSet.of(
          "LEAD-PLAN",
          "LEAD-TEAM",
          "LEAD-TOWN",
          "CROSS-APPOINT",
          "LEAD-TRAIN",
          "LEAD-MECH",
          "JOINT-DEPLOY",
          "DUAL-LEAD-1",
          "DUAL-LEAD-2",
          "DUAL-REC-1",
          "DUAL-REC-2",
          "SYNC-BUILD",
          "SYNC-RESTRUCTURE",
          "SYNC-NETWORK",
          "SYNC-CLUSTER",
          "MUTUAL-P2U",
          "MUTUAL-U2P");

  Rule() {}

  /**
   * Returns the rule's id.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract RuleId id();

  /**
   * Returns the ids of the seed practices the rule implements, such as {@code CROSS-APPOINT}.
   *
   * @return the practice ids, possibly empty
   */
  @Value.Parameter
  public abstract ImmutableSet<String> practices();

  /**
   * Returns the clauses the rule comes from.
   *
   * @return the citations, possibly empty
   */
  @Value.Parameter
  public abstract ImmutableList<Citation> citations();

  /**
   * Obtains a rule.
   *
   * @param id the id
   * @param practices the ids of the seed practices it implements, each one of {@link
   *     #seedPractices()}
   * @param citations the clauses it comes from
   * @return the rule
   * @throws InvalidValueException if a practice id is not one of {@link #seedPractices()}
   */
  public static Rule of(
      RuleId id, Iterable<String> practices, Iterable<? extends Citation> citations) {
    ImmutableSet<String> practiceSet = ImmutableSet.copyOf(practices);
    ProblemList problems = new ProblemList();
    for (String practice : practiceSet) {
      problems.require(
          SEED_PRACTICES.contains(practice),
          "Rule[" + id + "].practices",
          "KNOWN_SEED_PRACTICE",
          practice);
    }
    problems.throwIfAny();
    return ImmutableRule.of(id, practiceSet, citations);
  }

  /**
   * Returns the ids of every practice the seed paper describes, such as {@code CROSS-APPOINT} and
   * {@code DUAL-REC-2}; a practice's title is in the message bundles under {@code practice.<ID>}.
   *
   * @return the practice ids, in the order the seed paper lists them
   */
  public static ImmutableSet<String> seedPractices() {
    return SEED_PRACTICES;
  }

  /**
   * Returns the key of the rule's title in the message bundles, {@code rule.<ID>}.
   *
   * @return the title key
   */
  public String titleKey() {
    return id().titleKey();
  }

  /**
   * Compares rules by id.
   *
   * @param other the other rule
   * @return the comparison of the ids
   */
  @Override
  public int compareTo(Rule other) {
    return id().compareTo(other.id());
  }

  /**
   * Returns the rule's id as text.
   *
   * @return the id
   */
  @Override
  public String toString() {
    return "Rule[" + id() + "]";
  }
}
