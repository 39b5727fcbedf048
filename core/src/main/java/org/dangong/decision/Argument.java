package org.dangong.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import org.dangong.model.ClusterId;
import org.dangong.model.EnterpriseId;
import org.dangong.model.InvalidValueException;
import org.dangong.model.Labelled;
import org.dangong.model.OrganizationId;
import org.dangong.model.PersonId;
import org.dangong.model.RegionId;
import org.dangong.policy.Ratio;
import org.immutables.value.Value;

/**
 * A named, typed value in a {@link Reason}'s message, such as {@code actual = 2} in "only 2 full
 * members; at least 3 are required".
 *
 * <p>Message patterns refer to arguments by name: {@code {actual}}, or {@code
 * {actual,number,integer}} and {@code {actual,choice,…}} for numbers. Each kind renders per locale
 * (see {@link ArgumentKind}): numbers with digit grouping, dates and periods in the language's
 * form, labelled constants as their label, ratios as "more than 1/2" / "超过1/2". Names are lower
 * camel case, such as {@code actual}, {@code required} or {@code dueDate}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Argument {
  Argument() {}

  /**
   * Returns the name the message pattern refers to.
   *
   * @return the name, lower camel case
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the kind of the value.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract ArgumentKind kind();

  /**
   * Returns the value: a {@code BigDecimal} for {@link ArgumentKind#NUMBER}, a {@code String} for
   * {@link ArgumentKind#TEXT} and {@link ArgumentKind#ID}, a {@code LocalDate}, a {@code Period}, a
   * {@code Labelled} or a {@code Ratio} for the other kinds.
   *
   * @return the value
   */
  @Value.Parameter
  public abstract Object value();

  /**
   * Obtains a whole-number argument.
   *
   * @param name the name, lower camel case
   * @param value the number
   * @return the argument
   * @throws InvalidValueException if the name is not lower camel case
   */
  public static Argument number(String name, long value) {
    return create(name, ArgumentKind.NUMBER, BigDecimal.valueOf(value));
  }

  /**
   * Obtains a decimal argument; trailing zeros are dropped, so {@code 78.70} equals {@code 78.7}.
   *
   * @param name the name, lower camel case
   * @param value the number
   * @return the argument
   * @throws InvalidValueException if the name is not lower camel case
   */
  public static Argument number(String name, BigDecimal value) {
    BigDecimal normalized = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    return create(name, ArgumentKind.NUMBER, normalized);
  }

  /**
   * Obtains a text argument, shown as it is in every language.
   *
   * @param name the name, lower camel case
   * @param value the text
   * @return the argument
   * @throws InvalidValueException if the name is not lower camel case
   */
  public static Argument text(String name, String value) {
    return create(name, ArgumentKind.TEXT, value);
  }

  /**
   * Obtains a date argument.
   *
   * @param name the name, lower camel case
   * @param value the date
   * @return the argument
   * @throws InvalidValueException if the name is not lower camel case
   */
  public static Argument date(String name, LocalDate value) {
    return create(name, ArgumentKind.DATE, value);
  }

  /**
   * Obtains a period argument.
   *
   * @param name the name, lower camel case
   * @param value the period
   * @return the argument
   * @throws InvalidValueException if the name is not lower camel case
   */
  public static Argument period(String name, Period value) {
    return create(name, ArgumentKind.PERIOD, value);
  }

  /**
   * Obtains an argument for a labelled constant, rendered as its label.
   *
   * @param name the name, lower camel case
   * @param value the constant, such as a {@code JointStage}
   * @return the argument
   * @throws InvalidValueException if the name is not lower camel case
   */
  public static Argument label(String name, Labelled value) {
    return create(name, ArgumentKind.LABEL, value);
  }

  /**
   * Obtains a vote-threshold argument.
   *
   * @param name the name, lower camel case
   * @param value the threshold
   * @return the argument
   * @throws InvalidValueException if the name is not lower camel case
   */
  public static Argument ratio(String name, Ratio value) {
    return create(name, ArgumentKind.RATIO, value);
  }

  /**
   * Obtains an id argument from its text.
   *
   * @param name the name, lower camel case
   * @param value the id's text
   * @return the argument
   * @throws InvalidValueException if the name is not lower camel case
   */
  public static Argument id(String name, String value) {
    return create(name, ArgumentKind.ID, value);
  }

  /**
   * Obtains an id argument for an enterprise.
   *
   * @param name the name, lower camel case
   * @param value the id
   * @return the argument
   * @throws InvalidValueException if the name is not lower camel case
   */
  public static Argument id(String name, EnterpriseId value) {
    return id(name, value.value());
  }

  /**
   * Obtains an id argument for a person.
   *
   * @param name the name, lower camel case
   * @param value the id
   * @return the argument
   * @throws InvalidValueException if the name is not lower camel case
   */
  public static Argument id(String name, PersonId value) {
    return id(name, value.value());
  }

  /**
   * Obtains an id argument for an organisation.
   *
   * @param name the name, lower camel case
   * @param value the id
   * @return the argument
   * @throws InvalidValueException if the name is not lower camel case
   */
  public static Argument id(String name, OrganizationId value) {
    return id(name, value.value());
  }

  /**
   * Obtains an id argument for a region.
   *
   * @param name the name, lower camel case
   * @param value the id
   * @return the argument
   * @throws InvalidValueException if the name is not lower camel case
   */
  public static Argument id(String name, RegionId value) {
    return id(name, value.value());
  }

  /**
   * Obtains an id argument for a cluster.
   *
   * @param name the name, lower camel case
   * @param value the id
   * @return the argument
   * @throws InvalidValueException if the name is not lower camel case
   */
  public static Argument id(String name, ClusterId value) {
    return id(name, value.value());
  }

  private static Argument create(String name, ArgumentKind kind, Object value) {
    ProblemList problems = new ProblemList();
    problems.require(Syntax.isLowerCamel(name), "Argument.name", "LOWER_CAMEL_CASE", name);
    problems.throwIfAny();
    return ImmutableArgument.of(name, kind, value);
  }

  /**
   * Renders the value for people in the given locale's language.
   *
   * <p>For example a period of one year renders as {@code 1 year} in English and {@code 1年} in
   * Chinese; the number 1190 as {@code 1,190}.
   *
   * @param locale the locale; Chinese for any locale of language {@code zh}, English otherwise
   * @return the rendered value
   */
  public String render(Locale locale) {
    return Texts.render(value(), locale);
  }

  /**
   * Returns the argument as text, such as {@code actual=2}.
   *
   * @return the argument as text
   */
  @Override
  public String toString() {
    return name() + "=" + value();
  }
}
