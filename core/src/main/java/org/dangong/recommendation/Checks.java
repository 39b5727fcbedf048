package org.dangong.recommendation;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangong.decision.Decision;
import org.dangong.decision.Reason;
import org.dangong.decision.Rule;
import org.dangong.decision.Subject;
import org.dangong.decision.Verdict;
import org.dangong.policy.Citation;

/**
 * The guards checked for one event: the failed ones by rule, and the reasons of those met. Local to
 * one call of {@code apply}; never shared.
 */
final class Checks {
  private final Subject subject;
  private final WorkflowEvent event;
  private final Map<Rule, List<Reason>> failures = new LinkedHashMap<>();
  private final List<Reason> met = new ArrayList<>();
  private boolean advisory;

  Checks(Subject subject, WorkflowEvent event) {
    this.subject = subject;
    this.event = event;
  }

  /** Records a failed guard; the reason cites the rule's clauses. */
  void fail(Rule rule, Reason reason) {
    failures.computeIfAbsent(rule, r -> new ArrayList<>()).add(cite(rule, reason));
  }

  /** Records a guard that was met; the reason cites the rule's clauses. */
  void pass(Rule rule, Reason reason) {
    met.add(cite(rule, reason));
  }

  /** Records a fact checked that has no rule of its own. */
  void pass(Reason reason) {
    met.add(reason);
  }

  private static Reason cite(Rule rule, Reason reason) {
    return reason.citing(rule.citations().toArray(new Citation[0]));
  }

  /** Records a deadline missed by the organisation: the step stands, the audit entry advises. */
  void advise(Reason reason) {
    met.add(reason);
    advisory = true;
  }

  boolean failed() {
    return !failures.isEmpty();
  }

  <W> Transition<W> reject(W unchanged) {
    ImmutableList.Builder<Decision> decisions = ImmutableList.builder();
    failures.forEach(
        (rule, reasons) ->
            decisions.add(
                Decision.of(rule.id(), subject, Verdict.NOT_SATISFIED, event.date(), reasons)));
    return Transition.rejected(unchanged, decisions.build());
  }

  /** The decision the audit trail records for the accepted event. */
  Decision record() {
    List<Reason> reasons = new ArrayList<>();
    reasons.add(Reasons.recorded(event));
    reasons.addAll(met);
    return Decision.of(
        RecommendationRules.of(event.step()).id(),
        subject,
        advisory ? Verdict.ADVISORY : Verdict.SATISFIED,
        event.date(),
        reasons);
  }
}
