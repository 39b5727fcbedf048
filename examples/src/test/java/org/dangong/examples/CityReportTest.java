package org.dangong.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.dangong.examples.report.Format;
import org.junit.jupiter.api.Test;

class CityReportTest {

  private static String run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CityReport.print(
        CityReport.Options.parse(args),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(err.toString(StandardCharsets.UTF_8)).as("no progress below the threshold").isEmpty();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void identicalArgumentsGiveIdenticalOutput() {
    assertThat(run("--size", "150", "--seed", "7")).isEqualTo(run("--size", "150", "--seed", "7"));
    assertThat(run("--size", "150", "--seed", "7")).isNotEqualTo(run("--size", "150", "--seed", "8"));
  }

  @Test
  void chineseByDefaultEnglishOnRequest() {
    String zh = run("--size", "150");
    String en = run("--size", "150", "--lang", "en");
    assertThat(zh).startsWith("党建带工建城市报告").contains("全市合计").contains("截至日期：2026-06-30");
    assertThat(en).startsWith("Party building leads union building").contains("city total").contains("county-level city");
  }

  @Test
  void theCityTotalCountsEveryEnterprise() {
    String en = run("--size", "250", "--lang", "en");
    String total = en.lines().filter(l -> l.startsWith("city total")).findFirst().orElseThrow();
    assertThat(total.trim().split("\\s+", -1)[2]).isEqualTo("250");
  }

  @Test
  void progressGoesToStandardErrorOnlyFromTheThreshold() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String out =
        CityReport.render(
            CityReport.Options.parse("--size", "120", "--lang", "en"),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            100);
    String progress = err.toString(StandardCharsets.UTF_8);
    assertThat(progress)
        .contains("generating a synthetic city of 120 enterprises")
        .contains("building engine")
        .contains("appointment engine")
        .contains("recommendation")
        .contains("target engine")
        .contains("done");
    assertThat(out).doesNotContain("building engine").doesNotContain("generating");
  }

  @Test
  void optionsAreParsedAndBadOnesNamed() {
    CityReport.Options o =
        CityReport.Options.parse(
            "--lang", "en", "--as-of", "2025-01-31", "--size", "10", "--seed", "-3", "--format", "json");
    assertThat(o.locale()).isEqualTo(Locale.ENGLISH);
    assertThat(o.asOf()).isEqualTo(LocalDate.of(2025, 1, 31));
    assertThat(o.size()).isEqualTo(10);
    assertThat(o.seed()).isEqualTo(-3L);
    assertThat(o.format()).isEqualTo(Format.JSON);
    CityReport.Options defaults = CityReport.Options.parse();
    assertThat(defaults.asOf()).isEqualTo(CityReport.DEFAULT_AS_OF);
    assertThat(defaults.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(defaults.size()).isEqualTo(CityReport.DEFAULT_SIZE);
    assertThat(defaults.seed()).isEqualTo(CityReport.DEFAULT_SEED);
    assertThat(defaults.format()).isEqualTo(Format.TEXT);
    assertThat(CityReport.Options.parse("--format", "markdown").format()).isEqualTo(Format.MARKDOWN);
    assertThat(CityReport.Options.parse("--format", "html").format()).isEqualTo(Format.HTML);
    assertThat(CityReport.Options.parse("--format", "text").format()).isEqualTo(Format.TEXT);
    assertThatThrownBy(() -> CityReport.Options.parse("--lang", "fr")).hasMessageContaining("--lang must be zh or en");
    assertThatThrownBy(() -> CityReport.Options.parse("--size", "0")).hasMessageContaining("between 1 and");
    assertThatThrownBy(() -> CityReport.Options.parse("--size", "many")).hasMessageContaining("--size must be a whole number");
    assertThatThrownBy(() -> CityReport.Options.parse("--seed", "x")).hasMessageContaining("--seed must be a whole number");
    assertThatThrownBy(() -> CityReport.Options.parse("--as-of", "yesterday")).hasMessageContaining("--as-of");
    assertThatThrownBy(() -> CityReport.Options.parse("--format", "pdf")).hasMessageContaining("--format must be text, markdown, json or html");
    assertThatThrownBy(() -> CityReport.Options.parse("--colour", "red")).hasMessageContaining("unknown option --colour");
    assertThatThrownBy(() -> CityReport.Options.parse("--seed")).hasMessageContaining("missing value after --seed");
    assertThatThrownBy(() -> CityReport.Options.parse("en")).hasMessageContaining("unexpected argument en");
    assertThat(CityReport.Options.USAGE).contains("--format text|markdown|json|html");
  }
}
