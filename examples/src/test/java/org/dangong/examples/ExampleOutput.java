package org.dangong.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.BiConsumer;

/** Runs an example's {@code run(out, locale)} and returns what it printed. */
final class ExampleOutput {
  static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  static final Locale EN = Locale.ENGLISH;

  private ExampleOutput() {}

  static String of(BiConsumer<PrintStream, Locale> example, Locale locale) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    example.accept(new PrintStream(out, true, StandardCharsets.UTF_8), locale);
    return out.toString(StandardCharsets.UTF_8);
  }
}
