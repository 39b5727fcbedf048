package org.dangong.examples;

import java.util.Locale;

/** The command line shared by the workflow examples: {@code [--lang zh|en]}, Chinese by default. */
final class ExampleArgs {
  private ExampleArgs() {}

  /**
   * Returns the language asked for.
   *
   * @param args the command line
   * @return {@link Locale#SIMPLIFIED_CHINESE} unless {@code --lang en} is given
   * @throws IllegalArgumentException for an unknown option or language
   */
  static Locale locale(String... args) {
    Locale locale = Locale.SIMPLIFIED_CHINESE;
    for (int i = 0; i < args.length; i++) {
      if (!args[i].equals("--lang") || i + 1 == args.length) {
        throw new IllegalArgumentException("usage: [--lang zh|en], not " + String.join(" ", args));
      }
      String value = args[++i];
      switch (value) {
        case "zh" -> locale = Locale.SIMPLIFIED_CHINESE;
        case "en" -> locale = Locale.ENGLISH;
        default -> throw new IllegalArgumentException("--lang must be zh or en, not " + value);
      }
    }
    return locale;
  }

  /**
   * Picks the Chinese or the English text for a heading.
   *
   * @param locale the locale
   * @param zh the Chinese text
   * @param en the English text
   * @return the text in the locale's language
   */
  static String text(Locale locale, String zh, String en) {
    return locale.getLanguage().equals("zh") ? zh : en;
  }
}
