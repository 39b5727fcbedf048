package org.dangong.decision;

/**
 * The kind of value an {@link Argument} carries, which decides how it is rendered.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ArgumentKind {
  /** A number ({@code BigDecimal}), rendered with the locale's digit grouping: {@code 1,190}. */
  NUMBER,
  /** Text shown as it is, never translated: use it for names, not for words of the library. */
  TEXT,
  /** A date ({@code LocalDate}): {@code 2024-03-01} in English, {@code 2024年3月1日} in Chinese. */
  DATE,
  /** A period ({@code Period}): {@code 1 year 6 months} in English, {@code 1年6个月} in Chinese. */
  PERIOD,
  /** The id of a thing (text), shown as it is, such as {@code E-1}. */
  ID,
  /** A user-visible constant ({@code Labelled}), rendered as its label in the locale's language. */
  LABEL,
  /**
   * A vote threshold ({@code Ratio}): {@code more than 1/2} in English, {@code 超过1/2} in Chinese.
   */
  RATIO
}
