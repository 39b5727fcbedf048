package org.dangong.decision;

/**
 * Hand-written checks of the syntax of message keys and argument names, equivalent to the regular
 * expressions in their documentation but without a matcher per call: they run for every reason
 * and argument an engine creates, hundreds of thousands of times in a city's evaluation.
 */
final class Syntax {
  private Syntax() {}

  /**
   * Tells whether a name is lower camel case: {@code [a-z][A-Za-z0-9]*}.
   *
   * @param name the name
   * @return true if it is
   */
  static boolean isLowerCamel(String name) {
    if (name.isEmpty() || !isLower(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      if (!isAlphanumeric(name.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether a key is a dotted message key: {@code
   * [a-z][A-Za-z0-9-]*(\.[A-Za-z0-9][A-Za-z0-9_-]*)+}.
   *
   * @param key the key
   * @return true if it is
   */
  static boolean isMessageKey(String key) {
    int n = key.length();
    if (n == 0 || !isLower(key.charAt(0))) {
      return false;
    }
    int i = 1;
    while (i < n && key.charAt(i) != '.') {
      char c = key.charAt(i);
      if (!isAlphanumeric(c) && c != '-') {
        return false;
      }
      i++;
    }
    int segments = 0;
    while (i < n) {
      // key.charAt(i) == '.': a segment follows, starting with a letter or digit
      i++;
      if (i >= n || !isAlphanumeric(key.charAt(i))) {
        return false;
      }
      i++;
      while (i < n && key.charAt(i) != '.') {
        char c = key.charAt(i);
        if (!isAlphanumeric(c) && c != '-' && c != '_') {
          return false;
        }
        i++;
      }
      segments++;
    }
    return segments > 0;
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
