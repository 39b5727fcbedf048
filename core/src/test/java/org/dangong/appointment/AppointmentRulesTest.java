package org.dangong.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dangong.Dangong;
import org.dangong.decision.Labels;
import org.dangong.decision.Rule;
import org.dangong.model.Labelled;
import org.dangong.model.Problem;
import org.dangong.policy.Parameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The engine's rules and texts are registered, cited and titled in Chinese and English. */
class AppointmentRulesTest {
  private static PropertyResourceBundle bundle(String name) throws IOException {
    try (InputStream in =
        AppointmentRulesTest.class.getResourceAsStream("/org/dangong/appointment/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new PropertyResourceBundle(in);
    }
  }

  @Test
  @DisplayName(
      "Every rule is in the library's catalogue, cites a seed practice and is titled in both"
          + " languages")
  void rulesAreRegisteredCitedAndTitled() {
    assertThat(Dangong.ruleCatalog().rules()).containsAll(AppointmentRules.all());
    assertThat(AppointmentRules.all()).hasSize(25).doesNotHaveDuplicates();
    for (Rule rule : AppointmentRules.all()) {
      assertThat(rule.practices()).as(rule.toString()).isNotEmpty();
      assertThat(rule.citations()).as(rule.toString()).isNotEmpty();
      assertThat(Labels.find(rule.titleKey(), Locale.SIMPLIFIED_CHINESE))
          .as(rule.titleKey())
          .isPresent();
      assertThat(Labels.find(rule.titleKey(), Locale.ENGLISH)).as(rule.titleKey()).isPresent();
    }
    for (AppointmentBar bar : AppointmentBar.values()) {
      assertThat(AppointmentRules.all()).contains(bar.rule());
    }
  }

  @Test
  @DisplayName(
      "Every labelled constant of the package is registered and labelled in Chinese and English")
  void enumsAreRegisteredAndLabelled() {
    Set<Labelled> mine =
        Stream.of(
                AppointmentBar.values(),
                LeadershipPost.values(),
                ElectionApproval.values(),
                AuditFindingKind.values(),
                CrossAppointmentDirection.values())
            .flatMap(Arrays::stream)
            .collect(Collectors.toSet());
    assertThat(Dangong.labelledConstants()).containsAll(mine);
    for (Labelled constant : mine) {
      String zh = Labels.find(constant.messageKey(), Locale.SIMPLIFIED_CHINESE).orElse("");
      String en = Labels.find(constant.messageKey(), Locale.ENGLISH).orElse("");
      assertThat(zh).as(constant.messageKey()).containsPattern("\\p{IsHan}");
      assertThat(en).as(constant.messageKey()).isNotBlank().isNotEqualTo(zh);
    }
  }

  @Test
  @DisplayName(
      "The two bundles have the same keys, and the parameters this engine added are titled")
  void bundlesMatch() throws IOException {
    Set<String> en = bundle("Messages.properties").keySet();
    Set<String> zh = bundle("Messages_zh.properties").keySet();
    assertThat(zh).isEqualTo(en);
    for (String key : en) {
      assertThat(bundle("Messages_zh.properties").getString(key))
          .as(key)
          .containsPattern("\\p{IsHan}");
    }
    for (var p :
        List.of(
            Parameters.CHAIR_MUST_BE_UNION_MEMBER,
            Parameters.PARTY_HEAD_MUST_WORK_IN_COVERED_ENTERPRISE)) {
      assertThat(Labels.label(p, Locale.SIMPLIFIED_CHINESE)).containsPattern("\\p{IsHan}");
      assertThat(Labels.label(p, Locale.ENGLISH)).doesNotContain("parameter.");
      assertThat(p.nationalCitations().get(0).note())
          .hasValueSatisfying(n -> assertThat(n).contains("Policy parameter, not a quoted clause"));
    }
  }

  @Test
  @DisplayName("Nothing of this package is missing from the library's completeness check")
  void completeness() throws IOException {
    Set<String> mine = bundle("Messages.properties").keySet();
    assertThat(mine)
        .contains("rule.CROSS-APPOINT.CHAIR-ELIGIBILITY", "enum.AppointmentBar.HR_HEAD");
    assertThat(Dangong.completenessProblems())
        .extracting(Problem::value)
        .doesNotContainAnyElementsOf(mine);
  }
}
