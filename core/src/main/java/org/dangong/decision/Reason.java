package org.dangong.decision;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.dangong.model.InvalidValueException;
import org.dangong.policy.Citation;
import org.dangong.policy.PolicyValue;
import org.immutables.value.Value;

/**
 * One reason for a {@link Decision}: a message with typed arguments, the clauses it rests on and
 * the policy values it applied.
 *
 * <p>A negative reason says why not. For example
 *
 * <pre>{@code
 * PolicyValue<Integer> minimum = policy.entry(Parameters.BRANCH_MIN_FULL_MEMBERS, asOf);
 * Reason.of("reason.below-threshold", Argument.number("actual", 2), Argument.number("required", 3))
 *     .using(minimum);
 * }</pre>
 *
 * <p>renders as "2 is below the required minimum of 3." with the citation {@code BRANCH-REG Art. 4}
 * of the parameter value used. The message key names a pattern in the message bundles whose
 * placeholders name the arguments ({@code {actual}}); by convention keys start with {@code
 * reason.}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Reason {
  Reason() {}

  /**
   * Returns the key of the message pattern, such as {@code reason.below-threshold}.
   *
   * @return the message key
   */
  @Value.Parameter
  public abstract String messageKey();

  /**
   * Returns the arguments of the message, in order; names are unique.
   *
   * @return the arguments
   */
  @Value.Parameter
  public abstract ImmutableList<Argument> arguments();

  /**
   * Returns the clauses this reason rests on directly; see also {@link #allCitations()}.
   *
   * @return the citations, possibly empty
   */
  @Value.Parameter
  public abstract ImmutableList<Citation> citations();

  /**
   * Returns the policy values this reason applied, each with its own citations.
   *
   * @return the policy values used, possibly empty
   */
  @Value.Parameter
  public abstract ImmutableList<PolicyValue<?>> parameters();

  /**
   * Obtains a reason with arguments and nothing cited yet.
   *
   * @param messageKey the key of the message pattern, such as {@code reason.below-threshold}
   * @param arguments the arguments, with unique names
   * @return the reason
   * @throws InvalidValueException if the key is malformed or two arguments share a name
   */
  public static Reason of(String messageKey, Argument... arguments) {
    return of(messageKey, Arrays.asList(arguments), ImmutableList.of(), ImmutableList.of());
  }

  /**
   * Obtains a reason.
   *
   * @param messageKey the key of the message pattern, such as {@code reason.below-threshold}
   * @param arguments the arguments, with unique names
   * @param citations the clauses it rests on directly
   * @param parameters the policy values it applied
   * @return the reason
   * @throws InvalidValueException if the key is malformed or two arguments share a name
   */
  public static Reason of(
      String messageKey,
      Iterable<? extends Argument> arguments,
      Iterable<? extends Citation> citations,
      Iterable<? extends PolicyValue<?>> parameters) {
    ImmutableList<Argument> args = ImmutableList.copyOf(arguments);
    ProblemList problems = new ProblemList();
    problems.require(
        Syntax.isMessageKey(messageKey), "Reason.messageKey", "DOTTED_MESSAGE_KEY", messageKey);
    ImmutableSet<String> names =
        args.stream().map(Argument::name).collect(ImmutableSet.toImmutableSet());
    problems.require(
        names.size() == args.size(), "Reason.arguments", "UNIQUE_ARGUMENT_NAMES", args);
    problems.throwIfAny();
    return ImmutableReason.of(messageKey, args, citations, ImmutableList.copyOf(parameters));
  }

  /**
   * Returns a copy of this reason that also cites the given clauses.
   *
   * @param more the clauses to add
   * @return the new reason
   */
  public Reason citing(Citation... more) {
    return ImmutableReason.of(
        messageKey(),
        arguments(),
        ImmutableList.<Citation>builder().addAll(citations()).add(more).build(),
        parameters());
  }

  /**
   * Returns a copy of this reason that also records the given policy values as applied.
   *
   * @param more the policy values to add
   * @return the new reason
   */
  public Reason using(PolicyValue<?>... more) {
    return ImmutableReason.of(
        messageKey(),
        arguments(),
        citations(),
        ImmutableList.<PolicyValue<?>>builder().addAll(parameters()).add(more).build());
  }

  /**
   * Returns the argument with the given name, if any.
   *
   * @param name the name
   * @return the argument, or empty
   */
  public Optional<Argument> argument(String name) {
    return arguments().stream().filter(a -> a.name().equals(name)).findFirst();
  }

  /**
   * Returns every clause this reason rests on: its own citations, then those of the policy values
   * it applied, without duplicates, in that order.
   *
   * @return the citations
   */
  public ImmutableList<Citation> allCitations() {
    ImmutableSet.Builder<Citation> all = ImmutableSet.builder();
    all.addAll(citations());
    parameters().forEach(p -> all.addAll(p.citations()));
    return all.build().asList();
  }

  /**
   * Renders the message in the given locale's language, without citations.
   *
   * @param locale the locale; Chinese for any locale of language {@code zh}, English otherwise
   * @return the message, or the key itself if no bundle has it
   */
  public String message(Locale locale) {
    return Texts.formatNamed(messageKey(), arguments(), locale);
  }

  /**
   * Returns the reason as text, such as {@code reason.below-threshold[actual=2, required=3]}.
   *
   * @return the reason as text
   */
  @Override
  public String toString() {
    return messageKey() + arguments();
  }
}
