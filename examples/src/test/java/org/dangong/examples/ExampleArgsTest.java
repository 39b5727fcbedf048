package org.dangong.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExampleArgsTest {

  @Test
  void chineseByDefaultEnglishOnRequest() {
    assertThat(ExampleArgs.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(ExampleArgs.locale("--lang", "en")).isEqualTo(Locale.ENGLISH);
    assertThat(ExampleArgs.locale("--lang", "en", "--lang", "zh")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
  }

  @Test
  void badArgumentsAreNamed() {
    assertThatThrownBy(() -> ExampleArgs.locale("--lang", "fr")).hasMessageContaining("fr");
    assertThatThrownBy(() -> ExampleArgs.locale("--lang")).hasMessageContaining("usage");
    assertThatThrownBy(() -> ExampleArgs.locale("--size", "3")).hasMessageContaining("--size");
  }
}
