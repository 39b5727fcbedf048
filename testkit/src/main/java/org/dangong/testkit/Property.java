package org.dangong.testkit;

import java.util.function.Predicate;

/**
 * A statement about a value that should hold for every generated value: it returns normally when
 * it holds and throws — typically an {@link AssertionError} from AssertJ or JUnit — when it does
 * not.
 *
 * <pre>{@code
 * Property<Jurisdiction> roundTrip =
 *     j -> assertThat(j.toBuilder().build()).isEqualTo(j);
 * Property<Jurisdiction> noEmptyNames =
 *     Property.of(j -> j.enterprises().stream().noneMatch(e -> e.name().isBlank()));
 * }</pre>
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface Property<T> {
  /**
   * Checks the property on one value.
   *
   * @param value the value
   * @throws Exception if the property does not hold (an {@link AssertionError} is the usual way to
   *     say so, and any other throwable counts as a failure too)
   */
  void verify(T value) throws Exception;

  /**
   * Obtains a property from a predicate: it fails with an {@link AssertionError} where the
   * predicate is false.
   *
   * <pre>{@code
   * Property<Enterprise> hasStaff = Property.of(e -> e.headcount() > 0);
   * }</pre>
   *
   * @param predicate the predicate that should be true for every value
   * @param <T> the type of the values
   * @return the property
   */
  static <T> Property<T> of(Predicate<? super T> predicate) {
    return value -> {
      if (!predicate.test(value)) {
        throw new AssertionError("predicate is false");
      }
    };
  }
}
