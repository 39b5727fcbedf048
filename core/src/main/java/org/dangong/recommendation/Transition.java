package org.dangong.recommendation;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.function.Function;
import org.dangong.decision.Decision;
import org.immutables.value.Value;

/**
 * The result of applying an event to a workflow: the next state, or a rejection.
 *
 * <p>A rejection leaves the state as it was — {@link #state()} is then the very state the event was
 * applied to — and lists one {@link Decision} per failed guard, each {@code NOT_SATISFIED}, naming
 * the rule, with reasons giving the actual and the required values, the policy values used and the
 * citations:
 *
 * <pre>{@code
 * Transition<MembershipDevelopment> t = development.apply(event);
 * if (t.isRejected()) {
 *   t.rejections().forEach(d -> System.out.println(d.render(Locale.SIMPLIFIED_CHINESE)));
 * }
 * MembershipDevelopment next = t.state();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <W> the type of the workflow's states
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Transition<W> {
  Transition() {}

  /**
   * Returns the next state when accepted, else the unchanged state.
   *
   * @return the state after the event
   */
  @Value.Parameter
  public abstract W state();

  /**
   * Returns one decision per failed guard; empty when the event was accepted.
   *
   * @return the rejections
   */
  @Value.Parameter
  public abstract ImmutableList<Decision> rejections();

  /**
   * Obtains an accepted transition.
   *
   * @param <W> the type of the states
   * @param next the next state
   * @return the transition
   */
  public static <W> Transition<W> accepted(W next) {
    return ImmutableTransition.of(next, ImmutableList.of());
  }

  /**
   * Obtains a rejection.
   *
   * @param <W> the type of the states
   * @param unchanged the state the event was applied to
   * @param rejections the failed guards, at least one
   * @return the transition
   * @throws IllegalArgumentException if there is no rejection
   */
  public static <W> Transition<W> rejected(W unchanged, Iterable<Decision> rejections) {
    ImmutableList<Decision> list = ImmutableList.copyOf(rejections);
    if (list.isEmpty()) {
      throw new IllegalArgumentException("a rejection needs at least one failed guard");
    }
    return ImmutableTransition.of(unchanged, list);
  }

  /**
   * Tells whether the event was accepted.
   *
   * @return true when there is no rejection
   */
  public boolean isAccepted() {
    return rejections().isEmpty();
  }

  /**
   * Tells whether the event was rejected.
   *
   * @return true when some guard failed
   */
  public boolean isRejected() {
    return !isAccepted();
  }

  /**
   * Returns the first rejection, if any.
   *
   * @return the first failed guard's decision, or empty when accepted
   */
  public Optional<Decision> rejection() {
    return rejections().stream().findFirst();
  }

  /**
   * Applies a further step to the next state if this transition was accepted; a rejection is kept
   * as it is.
   *
   * <pre>{@code
   * Transition<MembershipDevelopment> t =
   *     development.apply(application).then(d -> d.apply(talk)).then(d -> d.apply(activist));
   * }</pre>
   *
   * @param next the step, such as {@code d -> d.apply(event)}
   * @return the result of the step, or this rejection
   */
  public Transition<W> then(Function<? super W, Transition<W>> next) {
    return isAccepted() ? next.apply(state()) : this;
  }

  /**
   * Returns the transition in short, such as {@code Transition[accepted]} or {@code
   * Transition[rejected: DUAL-REC-2.APPLICANT-AGE]}.
   *
   * @return the transition as text
   */
  @Override
  public String toString() {
    if (isAccepted()) {
      return "Transition[accepted]";
    }
    StringBuilder text = new StringBuilder("Transition[rejected:");
    rejections().forEach(d -> text.append(' ').append(d.ruleId()));
    return text.append(']').toString();
  }
}
