package org.dangong.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.dangong.Dangong;
import org.dangong.appointment.AppointmentBar;
import org.dangong.appointment.AppointmentRules;
import org.dangong.model.EnterpriseId;
import org.dangong.model.Labelled;
import org.dangong.policy.Citation;
import org.dangong.policy.Source;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Bundle values are written in MessageFormat syntax ({@code ''} for an apostrophe); texts shown
 * as they are — labels and rule titles — must show the apostrophe, not its escape.
 */
class TextQuotingTest {
  private static final List<Locale> LOCALES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

  @Test
  @DisplayName("a label written with an escaped apostrophe shows one apostrophe")
  void labelShowsOneApostrophe() {
    assertThat(Labels.label(AppointmentBar.RELATIVE_OF_MAIN_HEAD, Locale.ENGLISH))
        .isEqualTo("close relative of the enterprise's main head");
    assertThat(Labels.text(AppointmentBar.RELATIVE_OF_MAIN_HEAD.messageKey(), Locale.ENGLISH))
        .isEqualTo("close relative of the enterprise's main head");
    assertThat(Labels.find(AppointmentBar.RELATIVE_OF_MAIN_HEAD.messageKey(), Locale.ENGLISH))
        .contains("close relative of the enterprise's main head");
  }

  @Test
  @DisplayName("a rule title shows one apostrophe, in the catalogue and in a rendered decision")
  void ruleTitleShowsOneApostrophe() {
    Rule rule = AppointmentRules.COMMITTEE_BARRED_HEAD_RELATIVE;
    assertThat(Labels.text(rule.titleKey(), Locale.ENGLISH))
        .isEqualTo(
            "a close relative of the enterprise's main head may hold no seat on its union"
                + " committee");
    Decision decision =
        Decision.of(
            rule,
            Subject.enterprise(EnterpriseId.of("E-1")),
            Verdict.INFORMATIONAL,
            LocalDate.of(2026, 6, 30),
            Reason.of(
                "reason.below-threshold",
                Argument.number("actual", 2),
                Argument.number("required", 3)));
    assertThat(decision.render(Locale.ENGLISH))
        .contains("enterprise's main head")
        .doesNotContain("''");
  }

  @Test
  @DisplayName("no label or rule title of the library shows a doubled apostrophe")
  void noTextShowsAnEscape() {
    for (Locale locale : LOCALES) {
      for (Rule rule : Dangong.ruleCatalog().rules()) {
        assertThat(Labels.text(rule.titleKey(), locale)).as(rule.titleKey()).doesNotContain("''");
      }
      for (Labelled constant : Dangong.labelledConstants()) {
        assertThat(Labels.label(constant, locale)).as(constant.messageKey()).doesNotContain("''");
      }
    }
  }

  @Test
  @DisplayName("a text without an apostrophe is returned exactly as written")
  void plainTextUnchanged() {
    assertThat(Texts.unquote("plain {text}", Locale.ENGLISH)).isEqualTo("plain {text}");
    assertThat(Texts.unquote("it''s", Locale.ENGLISH)).isEqualTo("it's");
  }

  @Test
  @DisplayName("every bundle value writes an apostrophe as two, as MessageFormat needs")
  void bundlesEscapeApostrophes() throws IOException {
    Pattern lone = Pattern.compile("(?<!')'(?!')");
    int checked = 0;
    for (String bundle : Texts.LIBRARY_BUNDLES) {
      for (String suffix : List.of("", "_zh")) {
        String resource = bundle.replace('.', '/') + suffix + ".properties";
        Properties properties = new Properties();
        try (InputStream in = TextQuotingTest.class.getClassLoader().getResourceAsStream(resource)) {
          assertThat(in).as(resource).isNotNull();
          properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String key : properties.stringPropertyNames()) {
          if (key.equals("format.date")) {
            continue; // a DateTimeFormatter pattern, whose quotes are its own
          }
          assertThat(lone.matcher(properties.getProperty(key)).find())
              .as(resource + " " + key)
              .isFalse();
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(500);
  }

  @Test
  @DisplayName("two citations of one clause that differ only in their notes are shown once")
  void sameClauseShownOnce() {
    Citation plain = Citation.of(Source.SEED, "JOINT-DEPLOY", "同部署");
    Citation noted = plain.withNote("the weights are this library's defaults");
    assertThat(plain).isNotEqualTo(noted);
    String shown = Texts.citations(List.of(plain, noted), Locale.ENGLISH);
    assertThat(shown).isEqualTo(plain.toString());
  }
}
