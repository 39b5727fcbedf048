package org.dangong.building;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
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
import org.junit.jupiter.api.Test;

/** The building engine's rules, labels and reasons are titled in Chinese and English. */
class BuildingMessagesTest {
  private static final String BUNDLE = "org.dangong.building.Messages";

  private static List<Labelled> labelled() {
    List<Labelled> all = new ArrayList<>();
    all.addAll(Arrays.asList(PartyCoverage.values()));
    all.addAll(Arrays.asList(UnionCoverage.values()));
    all.addAll(Arrays.asList(Quadrant.values()));
    all.addAll(Arrays.asList(BranchLeadership.values()));
    all.addAll(Arrays.asList(ActionKind.values()));
    all.addAll(Arrays.asList(GroupingBasis.values()));
    return all;
  }

  private static List<String> reasonKeys() throws IllegalAccessException {
    List<String> keys = new ArrayList<>();
    for (Field f : MessageKeys.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        f.setAccessible(true);
        keys.add((String) f.get(null));
      }
    }
    return keys;
  }

  @Test
  void everyRuleLabelAndReasonHasBothLanguages() throws IllegalAccessException {
    List<String> keys = new ArrayList<>(reasonKeys());
    BuildingRules.all().forEach(r -> keys.add(r.titleKey()));
    labelled().forEach(l -> keys.add(l.messageKey()));
    assertThat(keys).hasSizeGreaterThan(100).doesNotHaveDuplicates();
    assertThat(Labels.missingTranslations(keys)).isEmpty();
    for (String key : keys) {
      String zh = Labels.find(key, Locale.SIMPLIFIED_CHINESE).orElseThrow();
      assertThat(zh).as(key).containsPattern("\\p{IsHan}");
      assertThat(zh).as(key).isNotEqualTo(Labels.find(key, Locale.ENGLISH).orElseThrow());
    }
  }

  @Test
  void bothBundlesHaveTheSameKeysAndPlaceholders() throws IllegalAccessException {
    ResourceBundle en = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
    ResourceBundle zh = ResourceBundle.getBundle(BUNDLE, Locale.CHINESE);
    assertThat(zh.getLocale()).isEqualTo(Locale.CHINESE);
    assertThat(zh.keySet()).isEqualTo(en.keySet());
    for (String key : en.keySet()) {
      assertThat(placeholders(zh.getString(key)))
          .as(key)
          .isEqualTo(placeholders(en.getString(key)));
    }
    assertThat(en.keySet()).containsAll(reasonKeys());
    for (String key : en.keySet()) {
      // every value, title or reason, is a MessageFormat pattern (see TextQuotingTest)
      assertThat(en.getString(key))
          .as("%s: an apostrophe is written ''", key)
          .doesNotContainPattern("(?<!')'(?!')");
      assertThat(key)
          .as("only this engine's keys")
          .matches("(rule\\.BUILDING\\.|enum\\.|reason\\.building\\.).*");
    }
  }

  @Test
  void theLibraryKnowsTheRulesAndLabels() {
    for (Rule rule : BuildingRules.all()) {
      assertThat(Dangong.ruleCatalog().rule(rule.id())).as(rule.id().value()).contains(rule);
      assertThat(rule.citations().isEmpty() && rule.practices().isEmpty())
          .as(rule.id().value())
          .isFalse();
    }
    assertThat(Dangong.labelledConstants()).containsAll(labelled());
    assertThat(BuildingRules.all()).isSorted().hasSize(21);
    assertThat(Dangong.completenessProblems())
        .filteredOn(
            p -> p.value().startsWith("rule.BUILDING.") || p.value().startsWith("reason.building."))
        .isEmpty();
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
