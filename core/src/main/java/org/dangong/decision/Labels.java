package org.dangong.decision;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Optional;
import org.dangong.model.Labelled;
import org.dangong.model.Problem;

/**
 * The labels of user-visible constants and the texts of the message bundles, in Simplified Chinese
 * and English.
 *
 * <p>For example {@code Labels.label(Verdict.NOT_SATISFIED, Locale.SIMPLIFIED_CHINESE)} is "不满足"
 * and {@code Labels.label(Verdict.NOT_SATISFIED, Locale.ENGLISH)} is "not satisfied". Any locale of
 * language {@code zh} gives Simplified Chinese; every other locale gives English, whatever the
 * JVM's default locale.
 *
 * <p>The shared texts live in {@code org/dangong/decision/Messages.properties} (English) and {@code
 * Messages_zh.properties} (Simplified Chinese), grouped by type under comment headers; each engine
 * package keeps its own rule titles and reasons in a {@code Messages.properties} / {@code
 * Messages_zh.properties} pair beside its code (for example {@code org/dangong/building/}), and a
 * key is looked up in the shared bundle first, then in the engines' bundles. Keys follow
 * these conventions: {@code enum.<Type>.<CONSTANT>} for enum labels, {@code parameter.<ID>} for
 * policy parameter titles, {@code rule.<RULE-ID>} for rule titles, {@code practice.<ID>} for seed
 * practice titles, {@code reason.<name>} for reason messages, and {@code decision.*} and {@code
 * format.*} for rendering.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Labels {
  private Labels() {}

  /**
   * Returns the label of a constant.
   *
   * @param labelled the constant, such as {@code Verdict.SATISFIED}
   * @param locale the locale
   * @return the label in the locale's language, else in English, else the message key itself
   */
  public static String label(Labelled labelled, Locale locale) {
    return Texts.label(labelled, locale);
  }

  /**
   * Returns the text of a message key, without formatting arguments.
   *
   * @param key the key, such as {@code practice.CROSS-APPOINT}
   * @param locale the locale
   * @return the text in the locale's language, else in English, else the key itself
   */
  public static String text(String key, Locale locale) {
    return Texts.text(key, locale);
  }

  /**
   * Finds the text of a message key in the locale's own language only: a Chinese lookup never falls
   * back to English.
   *
   * @param key the key
   * @param locale the locale
   * @return the text, or empty if that language's bundle lacks the key or has it blank
   */
  public static Optional<String> find(String key, Locale locale) {
    return Texts.own(key, locale).map(text -> Texts.unquote(text, locale));
  }

  /**
   * Returns the locales the library has texts for: Simplified Chinese and English.
   *
   * @return {@link Locale#SIMPLIFIED_CHINESE} and {@link Locale#ENGLISH}
   */
  public static ImmutableList<Locale> supportedLocales() {
    return ImmutableList.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
  }

  /**
   * Checks that every key has a non-blank text in both languages.
   *
   * @param keys the message keys
   * @return one problem per missing text: path the key, rule {@code MISSING_TRANSLATION_ZH} or
   *     {@code MISSING_TRANSLATION_EN}, value the key; empty when all are present
   */
  public static ImmutableList<Problem> missingTranslations(Iterable<String> keys) {
    return missingTranslations(Texts.BUNDLE, keys);
  }

  /** As {@link #missingTranslations(Iterable)}, in the named bundle (tests use their own). */
  static ImmutableList<Problem> missingTranslations(String bundle, Iterable<String> keys) {
    ImmutableList.Builder<Problem> problems = ImmutableList.builder();
    for (String key : keys) {
      check(bundle, key, key, problems);
    }
    return problems.build();
  }

  /**
   * Checks that every constant has a non-blank label in both languages.
   *
   * @param constants the constants, such as {@code Arrays.asList(Verdict.values())}
   * @return one problem per missing label: path the constant (such as {@code Verdict.SATISFIED}),
   *     rule {@code MISSING_TRANSLATION_ZH} or {@code MISSING_TRANSLATION_EN}, value its key; empty
   *     when all are present
   */
  public static ImmutableList<Problem> missingLabels(Iterable<? extends Labelled> constants) {
    ImmutableList.Builder<Problem> problems = ImmutableList.builder();
    for (Labelled constant : constants) {
      check(Texts.BUNDLE, describe(constant), constant.messageKey(), problems);
    }
    return problems.build();
  }

  static String describe(Labelled constant) {
    if (constant instanceof Enum<?> e) {
      return e.getDeclaringClass().getSimpleName() + "." + e.name();
    }
    return constant.toString();
  }

  private static void check(
      String bundle, String path, String key, ImmutableList.Builder<Problem> problems) {
    if (Texts.own(bundle, key, Locale.SIMPLIFIED_CHINESE).isEmpty()) {
      problems.add(Problem.of(path, "MISSING_TRANSLATION_ZH", key));
    }
    if (Texts.own(bundle, key, Locale.ENGLISH).isEmpty()) {
      problems.add(Problem.of(path, "MISSING_TRANSLATION_EN", key));
    }
  }
}
