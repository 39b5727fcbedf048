package org.dangong.examples.report;

import java.util.Locale;
import java.util.ResourceBundle;
import org.dangong.decision.Labels;
import org.dangong.model.Labelled;

/**
 * The report's own texts in one language, from the resource bundle {@code
 * org.dangong.examples.report.messages} (English in {@code messages.properties}, Chinese in {@code
 * messages_zh.properties}), and the library's labels for its constants.
 */
public final class ReportTexts {
  /** The base name of the report's resource bundle. */
  public static final String BUNDLE = "org.dangong.examples.report.messages";

  private final Locale locale;
  private final ResourceBundle bundle;

  private ReportTexts(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ReportTexts.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /**
   * Returns the texts in a language.
   *
   * @param locale Chinese or English
   * @return the texts
   */
  public static ReportTexts of(Locale locale) {
    return new ReportTexts(locale);
  }

  /**
   * Returns the locale.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Tells whether the language is Chinese.
   *
   * @return true for Chinese
   */
  public boolean chinese() {
    return "zh".equals(locale.getLanguage());
  }

  /**
   * Returns a text of the report.
   *
   * @param key the key
   * @return the text
   */
  public String text(String key) {
    return bundle.getString(key);
  }

  /**
   * Returns the label of a constant of the library.
   *
   * @param constant the constant
   * @return its label
   */
  public String label(Labelled constant) {
    return Labels.label(constant, locale);
  }
}
