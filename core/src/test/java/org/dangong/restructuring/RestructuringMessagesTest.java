package org.dangong.restructuring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangong.Dangong;
import org.dangong.decision.Labels;
import org.dangong.decision.Rule;
import org.dangong.model.Labelled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The restructuring engine's rules, reasons and labels are complete in Chinese and English. */
class RestructuringMessagesTest {
  private static final String BUNDLE = "org.dangong.restructuring.Messages";
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;

  private static List<Labelled> constants() {
    List<Labelled> all = new ArrayList<>();
    all.addAll(Arrays.asList(RestructuringKind.values()));
    all.addAll(Arrays.asList(Departure.values()));
    all.addAll(Arrays.asList(StaffOutcome.values()));
    all.addAll(Arrays.asList(PartyRoute.values()));
    all.addAll(Arrays.asList(MembershipRoute.values()));
    all.addAll(Arrays.asList(OrganizationFate.values()));
    all.addAll(Arrays.asList(OrganizationPost.values()));
    all.addAll(Arrays.asList(EnterpriseFate.values()));
    return all;
  }

  @Test
  @DisplayName(
      "both bundles have the same keys, with the same placeholders, and Chinese in the Chinese one")
  void bundlesMatch() {
    ResourceBundle en = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
    ResourceBundle zh = ResourceBundle.getBundle(BUNDLE, Locale.CHINESE);
    assertThat(zh.getLocale()).isEqualTo(Locale.CHINESE);
    assertThat(zh.keySet()).isEqualTo(en.keySet());
    for (String key : en.keySet()) {
      assertThat(placeholders(zh.getString(key)))
          .as(key)
          .isEqualTo(placeholders(en.getString(key)));
      assertThat(zh.getString(key)).as(key).containsPattern("\\p{IsHan}");
    }
  }

  @Test
  @DisplayName(
      "every reason the engine uses has a text in both languages, and the bundle has no other")
  void everyReasonIsTranslated() {
    assertThat(Labels.missingTranslations(Keys.all())).isEmpty();
    ResourceBundle en = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
    Set<String> reasons = new TreeSet<>();
    for (String key : en.keySet()) {
      if (key.startsWith("reason.")) {
        reasons.add(key);
      }
    }
    assertThat(reasons).containsExactlyInAnyOrderElementsOf(Keys.all());
  }

  @Test
  @DisplayName(
      "every rule is titled and cited, every constant labelled, and all are registered with"
          + " Dangong")
  void rulesAndLabelsAreRegistered() {
    for (Rule rule : RestructuringRules.all()) {
      assertThat(Labels.find(rule.titleKey(), ZH)).as(rule.toString()).isPresent();
      assertThat(Labels.find(rule.titleKey(), EN)).as(rule.toString()).isPresent();
      assertThat(rule.citations()).as(rule.toString()).isNotEmpty();
      assertThat(rule.practices()).contains("SYNC-RESTRUCTURE");
    }
    assertThat(Labels.missingLabels(constants())).isEmpty();
    for (Labelled c : constants()) {
      assertThat(Labels.label(c, ZH)).isNotEqualTo(Labels.label(c, EN));
    }
    assertThat(Dangong.ruleCatalog().rules()).containsAll(RestructuringRules.all());
    assertThat(Dangong.labelledConstants()).containsAll(constants());
    assertThat(Labels.label(PartyRoute.TO_TALENT_MARKET, ZH)).isEqualTo("转入人才市场党组织");
    assertThat(Labels.label(RestructuringKind.MERGER, EN)).isEqualTo("merger");
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> names = new TreeSet<>();
    Matcher m = Pattern.compile("\\{([A-Za-z0-9]+)").matcher(pattern);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
