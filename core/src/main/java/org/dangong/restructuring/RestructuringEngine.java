package org.dangong.restructuring;

import com.google.errorprone.annotations.Immutable;
import java.time.LocalDate;
import org.dangong.model.Jurisdiction;
import org.dangong.policy.Policy;

/**
 * The restructuring engine (SYNC-RESTRUCTURE, 同步健全): turns a {@link Restructuring} of a
 * jurisdiction into a {@link RestructuringPlan} in which every organisation is re-established and
 * every member's party relation (关系接转) and union membership (会籍管理) is transferred — nobody lost.
 *
 * <pre>{@code
 * RestructuringEngine engine = RestructuringEngine.of(Policy.national());
 * RestructuringPlan plan = engine.plan(before, OwnershipChange.builder()
 *     .enterprise(EnterpriseId.of("E-soe"))
 *     .ownership(Ownership.RESTRUCTURED_STATE_OWNED)
 *     .addAllocations(Allocation.retired(PersonId.of("P-3")))
 *     .build(), LocalDate.of(2026, 7, 1));
 * plan.reconciliation().isBalanced();   // always true
 * Jurisdiction after = plan.apply(before);
 * }</pre>
 *
 * <p>Thresholds come from the policy in force on the date: the founding of party organisations and
 * their forms (BRANCH-REG Art. 4, 5, 20; the 50 and 100 defaults), joint branch size, union
 * committees (UNION-LAW Art. 11), terms, the pipeline periods of DEVELOP-REG and the three months
 * to fill a vacant union chair. The required forms are the building engine's ({@link
 * org.dangong.building.RequiredForms}).
 *
 * <p>Planning is linear in the size of the jurisdiction. This class is immutable and thread-safe;
 * one engine may plan any number of restructurings concurrently.
 */
@Immutable
@SuppressWarnings("Immutable") // Policy is immutable, though not annotated
public final class RestructuringEngine {
  private final Policy policy;

  private RestructuringEngine(Policy policy) {
    this.policy = policy;
  }

  /**
   * Obtains an engine applying the given policy.
   *
   * @param policy the policy, such as {@code Policy.national()}
   * @return the engine
   */
  public static RestructuringEngine of(Policy policy) {
    return new RestructuringEngine(policy);
  }

  /**
   * Returns the policy the engine applies.
   *
   * @return the policy
   */
  public Policy policy() {
    return policy;
  }

  /**
   * Plans a restructuring.
   *
   * @param before the jurisdiction before the restructuring
   * @param restructuring the restructuring
   * @param date the date it takes effect: labour relations move and vacancies begin on it
   * @return the plan
   * @throws InvalidRestructuringException listing every problem if the restructuring cannot be
   *     carried out in the jurisdiction (see {@link Restructuring#problemsIn(Jurisdiction)})
   */
  public RestructuringPlan plan(Jurisdiction before, Restructuring restructuring, LocalDate date) {
    return new Planner(policy, before, restructuring, date).plan();
  }

  /**
   * Plans a restructuring and applies the plan: the same as {@code plan(before, restructuring,
   * date).apply(before)}.
   *
   * @param before the jurisdiction before the restructuring
   * @param restructuring the restructuring
   * @param date the date it takes effect
   * @return the jurisdiction after the restructuring
   * @throws InvalidRestructuringException listing every problem if the restructuring cannot be
   *     carried out in the jurisdiction
   */
  public Jurisdiction apply(Jurisdiction before, Restructuring restructuring, LocalDate date) {
    return plan(before, restructuring, date).apply(before);
  }

  @Override
  public String toString() {
    return "RestructuringEngine[" + policy.parameters().size() + " parameters]";
  }
}
