package org.dangong.decision;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dangong.model.Labelled;
import org.dangong.policy.Citation;
import org.dangong.policy.PolicyValue;
import org.dangong.policy.Ratio;

/**
 * Access to the message bundles {@code org/dangong/decision/Messages*.properties} and the
 * formatting of values for people.
 *
 * <p>Only two languages exist: Simplified Chinese (the bundle {@code Messages_zh}, used for every
 * locale whose language is {@code zh}) and English (the base bundle {@code Messages}, used for
 * every other locale). Requests are normalised to {@link Locale#CHINESE} or {@link Locale#ROOT}
 * before loading, so the JVM's default locale never changes the result.
 */
final class Texts {
  static final String BUNDLE = "org.dangong.decision.Messages";

  /**
   * The library's texts: the shared bundle first, then one bundle per engine package (so that
   * engines keep their rule titles and reasons beside their code). A bundle that does not exist is
   * skipped. Asking for {@link #BUNDLE} searches all of them, in this order.
   */
  static final ImmutableList<String> LIBRARY_BUNDLES =
      ImmutableList.of(
          BUNDLE,
          "org.dangong.building.Messages",
          "org.dangong.appointment.Messages",
          "org.dangong.recommendation.Messages",
          "org.dangong.targets.Messages",
          "org.dangong.restructuring.Messages");
  private static final Pattern NAMED = Pattern.compile("\\{([a-z][A-Za-z0-9]*)([,}])");

  private Texts() {}

  static boolean isChinese(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }

  static Locale normalize(Locale locale) {
    return isChinese(locale) ? Locale.CHINESE : Locale.ROOT;
  }

  /**
   * The library's own texts, read once: for each library bundle and each of the two normalised
   * locales, the entries the bundle itself defines (not its parent's), or nothing where the bundle
   * has no file of that locale. An immutable constant, equal to what {@link #bundle} finds on every
   * call; rendering no longer looks bundles up per text.
   */
  private static final ImmutableMap<String, ImmutableMap<Locale, Optional<ImmutableMap<String, String>>>>
      OWN_TEXTS = ownTexts();

  private static ImmutableMap<String, ImmutableMap<Locale, Optional<ImmutableMap<String, String>>>>
      ownTexts() {
    ImmutableMap.Builder<String, ImmutableMap<Locale, Optional<ImmutableMap<String, String>>>> all =
        ImmutableMap.builder();
    for (String name : LIBRARY_BUNDLES) {
      ImmutableMap.Builder<Locale, Optional<ImmutableMap<String, String>>> byLocale =
          ImmutableMap.builder();
      for (Locale normalized : List.of(Locale.CHINESE, Locale.ROOT)) {
        byLocale.put(normalized, bundle(name, normalized).map(Texts::ownEntries));
      }
      all.put(name, byLocale.buildOrThrow());
    }
    return all.buildOrThrow();
  }

  private static ImmutableMap<String, String> ownEntries(ResourceBundle bundle) {
    ImmutableMap.Builder<String, String> entries = ImmutableMap.builder();
    if (bundle instanceof PropertyResourceBundle properties) {
      for (String key : bundle.keySet()) {
        Object value = properties.handleGetObject(key);
        if (value instanceof String text) {
          entries.put(key, text);
        }
      }
    }
    return entries.buildOrThrow();
  }

  private static Optional<ResourceBundle> bundle(String name, Locale normalized) {
    try {
      // Called from this module: finds the bundles on both the class path and the module path.
      ResourceBundle bundle = ResourceBundle.getBundle(name, normalized);
      return bundle.getLocale().equals(normalized) ? Optional.of(bundle) : Optional.empty();
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }

  /** The text of a key in the given language's own file only, never inherited from English. */
  static Optional<String> own(String key, Locale locale) {
    return own(BUNDLE, key, locale);
  }

  /** As {@link #own(String, Locale)}, in the named bundle (tests use their own bundles). */
  static Optional<String> own(String bundle, String key, Locale locale) {
    if (bundle.equals(BUNDLE)) {
      for (String name : LIBRARY_BUNDLES) {
        Optional<String> text = ownIn(name, key, locale);
        if (text.isPresent()) {
          return text;
        }
      }
      return Optional.empty();
    }
    return ownIn(bundle, key, locale);
  }

  private static Optional<String> ownIn(String bundle, String key, Locale locale) {
    ImmutableMap<Locale, Optional<ImmutableMap<String, String>>> read = OWN_TEXTS.get(bundle);
    if (read != null) {
      Optional<ImmutableMap<String, String>> entries = read.get(normalize(locale));
      if (entries != null) {
        return entries
            .flatMap(e -> Optional.ofNullable(e.get(key)))
            .filter(text -> !ProblemList.isBlank(text));
      }
    }
    return bundle(bundle, normalize(locale))
        .flatMap(
            b ->
                b instanceof PropertyResourceBundle properties
                    ? Optional.ofNullable(properties.handleGetObject(key))
                    : Optional.empty())
        .filter(String.class::isInstance)
        .map(String.class::cast)
        .filter(text -> !ProblemList.isBlank(text));
  }

  /** The raw text of a key: the language's own, else English, else the key itself. */
  static String raw(String key, Locale locale) {
    return own(key, locale).or(() -> own(key, Locale.ROOT)).orElse(key);
  }

  /**
   * The text of a key that is shown as it is, not formatted with arguments: a label, a rule or
   * practice title. Every bundle value is written in {@link MessageFormat} syntax, so the quoting
   * is undone ({@code ''} shows as one apostrophe).
   */
  static String text(String key, Locale locale) {
    return unquote(raw(key, locale), locale);
  }

  /** Undoes {@link MessageFormat} quoting in a text with no placeholders. */
  static String unquote(String text, Locale locale) {
    return text.indexOf('\'') < 0 ? text : formatPattern(text, locale, new Object[0]);
  }

  static String label(Labelled labelled, Locale locale) {
    return text(labelled.messageKey(), locale);
  }

  /** Formats a key's pattern with positional arguments, as {@link MessageFormat} does. */
  static String format(String key, Locale locale, Object... arguments) {
    return formatPattern(raw(key, locale), locale, arguments);
  }

  private static String formatPattern(String pattern, Locale locale, Object[] arguments) {
    try {
      return new MessageFormat(pattern, normalize(locale)).format(arguments);
    } catch (IllegalArgumentException e) {
      return pattern; // a malformed translation shows as written rather than failing a report
    }
  }

  /**
   * Formats a key's pattern whose placeholders name the arguments, such as {@code {actual}} or
   * {@code {actual,number,integer}}; a placeholder naming no argument is shown literally.
   */
  static String formatNamed(String key, List<Argument> arguments, Locale locale) {
    String pattern = raw(key, locale);
    Matcher matcher = NAMED.matcher(pattern);
    StringBuilder converted = new StringBuilder();
    while (matcher.find()) {
      int index = indexOf(arguments, matcher.group(1));
      String replacement =
          index >= 0
              ? "{" + index + matcher.group(2)
              : "'{'" + matcher.group(1) + ("}".equals(matcher.group(2)) ? "'}'" : ",");
      matcher.appendReplacement(converted, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(converted);
    Object[] values =
        arguments.stream()
            .map(a -> a.kind() == ArgumentKind.NUMBER ? a.value() : a.render(locale))
            .toArray();
    return formatPattern(converted.toString(), locale, values);
  }

  private static int indexOf(List<Argument> arguments, String name) {
    for (int i = 0; i < arguments.size(); i++) {
      if (arguments.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Renders a value for people: numbers, dates, periods, ratios, labels, booleans, collections. */
  static String render(Object value, Locale locale) {
    if (value instanceof Labelled labelled) {
      return label(labelled, locale);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof BigDecimal) {
      return NumberFormat.getInstance(normalize(locale)).format(value);
    }
    if (value instanceof Boolean) {
      return raw("format.boolean." + value, locale);
    }
    if (value instanceof LocalDate date) {
      return date(date, locale);
    }
    if (value instanceof Period period) {
      return period(period, locale);
    }
    if (value instanceof Ratio ratio) {
      return format(
          "format.ratio",
          locale,
          label(ratio.bound(), locale),
          Long.toString(ratio.numerator()),
          Long.toString(ratio.denominator()));
    }
    if (value instanceof Collection<?> collection) {
      return collection.stream()
          .map(element -> render(element, locale))
          .collect(Collectors.joining(isChinese(locale) ? "、" : ", "));
    }
    return value.toString();
  }

  static String date(LocalDate date, Locale locale) {
    return DateTimeFormatter.ofPattern(raw("format.date", locale), normalize(locale)).format(date);
  }

  @SuppressWarnings("JavaPeriodGetDays") // each component is rendered on its own
  static String period(Period period, Locale locale) {
    ImmutableList.Builder<String> parts = ImmutableList.builder();
    if (period.getYears() != 0) {
      parts.add(format("format.period.years", locale, period.getYears()));
    }
    if (period.getMonths() != 0) {
      parts.add(format("format.period.months", locale, period.getMonths()));
    }
    if (period.getDays() != 0 || period.isZero()) {
      parts.add(format("format.period.days", locale, period.getDays()));
    }
    return String.join(isChinese(locale) ? "" : " ", parts.build());
  }

  static String citations(List<Citation> citations, Locale locale) {
    return citations.stream()
        .map(Citation::toString)
        .distinct() // two citations of one clause (say with different notes) show once
        .collect(Collectors.joining(isChinese(locale) ? "；" : "; "));
  }

  static String parameter(PolicyValue<?> entry, Locale locale) {
    return format(
        "decision.parameter",
        locale,
        label(entry.parameter(), locale),
        render(entry.value(), locale),
        citations(entry.citations(), locale));
  }
}
