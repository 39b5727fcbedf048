package org.dangong.examples;

/** Pads text to a column width on a terminal, counting East Asian wide characters as two columns. */
public final class Columns {
  private Columns() {}

  /**
   * Returns the width of text on a terminal.
   *
   * @param text the text
   * @return its width in columns
   */
  public static int width(String text) {
    return text.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
  }

  /**
   * Pads text on the right.
   *
   * @param text the text
   * @param width the width
   * @return the padded text
   */
  public static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - width(text)));
  }

  /**
   * Pads text on the left.
   *
   * @param text the text
   * @param width the width
   * @return the padded text
   */
  public static String padLeft(String text, int width) {
    return " ".repeat(Math.max(0, width - width(text))) + text;
  }

  private static boolean isWide(int c) {
    return (c >= 0x1100 && c <= 0x115F)
        || (c >= 0x2E80 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6);
  }
}
