package org.dangong.decision;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Locale;
import org.dangong.model.InvalidValueException;
import org.dangong.policy.Citation;
import org.dangong.policy.PolicyValue;
import org.immutables.value.Value;

/**
 * What an engine returns: the verdict of one rule about one subject on one date, with the reasons
 * that explain it.
 *
 * <p>A business outcome is never an exception: "this person may not chair the union" is a decision
 * with verdict {@link Verdict#NOT_SATISFIED} and a reason citing the clause. {@link
 * #render(Locale)} turns it into text in Simplified Chinese or English:
 *
 * <pre>
 * Rule BUILDING.BRANCH-REQUIRED: …
 * Subject: enterprise E-1
 * Verdict: not satisfied
 * As of: 2024-03-01
 * Reasons:
 * 1. 2 is below the required minimum of 3.
 *    Parameter: full members needed to found a party branch = 3 (BRANCH-REG Art. 4; PARTY-CONST Art. 30)
 *    Citations: BRANCH-REG Art. 4; PARTY-CONST Art. 30
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Decision {
  Decision() {}

  /**
   * Returns the id of the rule decided.
   *
   * @return the rule id
   */
  @Value.Parameter
  public abstract RuleId ruleId();

  /**
   * Returns what the decision is about.
   *
   * @return the subject
   */
  @Value.Parameter
  public abstract Subject subject();

  /**
   * Returns the outcome.
   *
   * @return the verdict
   */
  @Value.Parameter
  public abstract Verdict verdict();

  /**
   * Returns the date the decision was made for.
   *
   * @return the as-of date
   */
  @Value.Parameter
  public abstract LocalDate asOf();

  /**
   * Returns the reasons, in order.
   *
   * @return the reasons, never empty
   */
  @Value.Parameter
  public abstract ImmutableList<Reason> reasons();

  /**
   * Obtains a decision.
   *
   * @param ruleId the id of the rule decided
   * @param subject what the decision is about
   * @param verdict the outcome
   * @param asOf the date the decision was made for
   * @param reasons the reasons, at least one
   * @return the decision
   * @throws InvalidValueException if there is no reason
   */
  public static Decision of(
      RuleId ruleId,
      Subject subject,
      Verdict verdict,
      LocalDate asOf,
      Iterable<? extends Reason> reasons) {
    ImmutableList<Reason> list = ImmutableList.copyOf(reasons);
    ProblemList problems = new ProblemList();
    problems.require(
        !list.isEmpty(), "Decision[" + ruleId + "].reasons", "AT_LEAST_ONE_REASON", list);
    problems.throwIfAny();
    return ImmutableDecision.of(ruleId, subject, verdict, asOf, list);
  }

  /**
   * Obtains a decision of a rule.
   *
   * @param rule the rule decided
   * @param subject what the decision is about
   * @param verdict the outcome
   * @param asOf the date the decision was made for
   * @param reason the first reason
   * @param more further reasons
   * @return the decision
   */
  public static Decision of(
      Rule rule, Subject subject, Verdict verdict, LocalDate asOf, Reason reason, Reason... more) {
    return of(
        rule.id(),
        subject,
        verdict,
        asOf,
        ImmutableList.<Reason>builder().add(reason).add(more).build());
  }

  /**
   * Returns whether the verdict is a yes.
   *
   * @return true when the verdict is {@link Verdict#SATISFIED}
   */
  public boolean isPositive() {
    return verdict().isPositive();
  }

  /**
   * Returns every clause the decision rests on: each reason's {@link Reason#allCitations()}, in
   * order, without duplicates.
   *
   * @return the citations
   */
  public ImmutableList<Citation> citations() {
    ImmutableSet.Builder<Citation> all = ImmutableSet.builder();
    reasons().forEach(r -> all.addAll(r.allCitations()));
    return all.build().asList();
  }

  /**
   * Renders the decision as text for people: the rule and its title, the subject, the verdict, the
   * date and each reason with the policy values it applied and its citations.
   *
   * <p>Any locale of language {@code zh} ({@link Locale#SIMPLIFIED_CHINESE}, {@link
   * Locale#CHINESE}, {@code zh-TW} …) gives Simplified Chinese; every other locale gives English.
   * Lines are separated by {@code \n}. A rule without a title in the bundles shows its id only.
   *
   * @param locale the locale
   * @return the rendered text
   */
  public String render(Locale locale) {
    StringBuilder text = new StringBuilder();
    String title =
        Texts.own(ruleId().titleKey(), locale)
            .or(() -> Texts.own(ruleId().titleKey(), Locale.ROOT))
            .map(own -> Texts.unquote(own, locale))
            .orElse("");
    text.append(
            title.isEmpty()
                ? Texts.format("decision.rule.untitled", locale, ruleId().value())
                : Texts.format("decision.rule", locale, ruleId().value(), title))
        .append('\n');
    text.append(
            Texts.format(
                "decision.subject",
                locale,
                Texts.label(subject().kind(), locale),
                subject().id()))
        .append('\n');
    text.append(Texts.format("decision.verdict", locale, Texts.label(verdict(), locale)))
        .append('\n');
    text.append(Texts.format("decision.asOf", locale, Texts.date(asOf(), locale)))
        .append('\n');
    text.append(Texts.format("decision.reasons", locale));
    int number = 1;
    for (Reason reason : reasons()) {
      text.append('\n')
          .append(
              Texts.format(
                  "decision.reason", locale, Integer.toString(number++), reason.message(locale)));
      for (PolicyValue<?> used : reason.parameters()) {
        text.append("\n   ").append(Texts.parameter(used, locale));
      }
      ImmutableList<Citation> cited = reason.allCitations();
      if (!cited.isEmpty()) {
        text.append("\n   ")
            .append(
                Texts.format("decision.citations", locale, Texts.citations(cited, locale)));
      }
    }
    return text.toString();
  }

  /**
   * Returns the decision in short, such as {@code Decision[RULE-ID, ENTERPRISE[E-1], NOT_SATISFIED,
   * 2024-03-01]}.
   *
   * @return the decision as text
   */
  @Override
  public String toString() {
    return "Decision[" + ruleId() + ", " + subject() + ", " + verdict() + ", " + asOf() + "]";
  }
}
