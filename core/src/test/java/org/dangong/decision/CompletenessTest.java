package org.dangong.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

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
import org.dangong.model.Labelled;
import org.dangong.model.Problem;
import org.dangong.policy.JointStage;
import org.dangong.policy.Parameters;
import org.dangong.policy.PolicyParameter;
import org.dangong.policy.Ratio;
import org.dangong.policy.Source;
import org.junit.jupiter.api.Test;

/** Every user-visible constant, parameter and rule is titled in Chinese and English. */
class CompletenessTest {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;

  @Test
  void theLibraryIsCompletelyTitled() {
    assertThat(Dangong.completenessProblems()).isEmpty();
  }

  @Test
  void everyConstantOfTheFoundationHasBothLabels() {
    List<Labelled> constants = new ArrayList<>();
    constants.addAll(Arrays.asList(Verdict.values()));
    constants.addAll(Arrays.asList(SubjectKind.values()));
    constants.addAll(Arrays.asList(JointStage.values()));
    constants.addAll(Arrays.asList(Source.values()));
    constants.addAll(Arrays.asList(Ratio.Bound.values()));
    constants.addAll(Parameters.all());
    assertThat(Dangong.labelledConstants()).containsAll(constants);
    for (Labelled constant : constants) {
      String zh = Labels.find(constant.messageKey(), ZH).orElse("");
      String en = Labels.find(constant.messageKey(), EN).orElse("");
      assertThat(zh).as("zh %s", constant.messageKey()).isNotBlank();
      assertThat(en).as("en %s", constant.messageKey()).isNotBlank();
      assertThat(zh).as("zh %s is Chinese", constant.messageKey()).containsPattern("\\p{IsHan}");
      assertThat(zh).as("%s is translated", constant.messageKey()).isNotEqualTo(en);
    }
    for (PolicyParameter<?> parameter : Parameters.all()) {
      assertThat(parameter.nationalCitations()).as(parameter.id()).isNotEmpty();
    }
  }

  @Test
  void sourceLabelsAreTheDocumentTitles() {
    for (Source source : Source.values()) {
      assertThat(Labels.label(source, ZH)).isEqualTo(source.chineseTitle());
      assertThat(Labels.label(source, EN)).isEqualTo(source.englishTitle());
    }
  }

  @Test
  void labelsReadAsExpected() {
    assertThat(Labels.label(Verdict.NOT_SATISFIED, ZH)).isEqualTo("不满足");
    assertThat(Labels.label(Verdict.NOT_SATISFIED, EN)).isEqualTo("not satisfied");
    assertThat(Labels.label(JointStage.DEPLOYMENT, ZH)).isEqualTo("同部署");
    assertThat(Labels.label(SubjectKind.UNION_ORGANIZATION, ZH)).isEqualTo("工会组织");
    assertThat(Labels.text("practice.CROSS-APPOINT", ZH)).contains("一肩挑");
    assertThat(Labels.supportedLocales())
        .containsExactly(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
  }

  @Test
  void theCheckerFindsADeliberatelyMissingKey() {
    Labelled missing = () -> "enum.Nothing.MISSING";
    assertThat(Labels.missingLabels(List.of(Verdict.SATISFIED, missing)))
        .extracting(Problem::rule, Problem::value)
        .containsExactly(
            tuple("MISSING_TRANSLATION_ZH", "enum.Nothing.MISSING"),
            tuple("MISSING_TRANSLATION_EN", "enum.Nothing.MISSING"));
    assertThat(RuleCatalog.of(List.of()).completenessProblems(List.of(missing))).hasSize(2);
  }

  @Test
  void theCheckerDoesNotAcceptEnglishAsChinese() {
    // In the test bundle, "only.english" has no Chinese text and "blank.chinese" a blank one;
    // ResourceBundle would silently fall back to English for both.
    String bundle = "org.dangong.decision.CheckerMessages";
    assertThat(ResourceBundle.getBundle(bundle, Locale.CHINESE).getString("only.english"))
        .isEqualTo("only English");
    assertThat(
            Labels.missingTranslations(
                bundle, List.of("both", "only.english", "blank.chinese", "none")))
        .extracting(Problem::path, Problem::rule)
        .containsExactly(
            tuple("only.english", "MISSING_TRANSLATION_ZH"),
            tuple("blank.chinese", "MISSING_TRANSLATION_ZH"),
            tuple("none", "MISSING_TRANSLATION_ZH"),
            tuple("none", "MISSING_TRANSLATION_EN"));
  }

  @Test
  void bothBundlesHaveTheSameKeys() {
    ResourceBundle en = ResourceBundle.getBundle(Texts.BUNDLE, Locale.ROOT);
    ResourceBundle zh = ResourceBundle.getBundle(Texts.BUNDLE, Locale.CHINESE);
    assertThat(zh.getLocale()).isEqualTo(Locale.CHINESE);
    assertThat(zh.keySet()).isEqualTo(en.keySet());
    assertThat(Labels.missingTranslations(en.keySet())).isEmpty();
  }

  @Test
  void translationsUseTheSamePlaceholders() {
    ResourceBundle en = ResourceBundle.getBundle(Texts.BUNDLE, Locale.ROOT);
    for (String key : en.keySet()) {
      assertThat(placeholders(Labels.text(key, ZH)))
          .as(key)
          .isEqualTo(placeholders(Labels.text(key, EN)));
    }
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> names = new TreeSet<>();
    Matcher m = Pattern.compile("\\{([A-Za-z0-9]+)").matcher(pattern);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Test
  void theCatalogueStartsEmptyUntilEnginesAddTheirRules() {
    assertThat(Dangong.ruleCatalog().rules()).isSorted();
    assertThat(Dangong.ruleCatalog().missingTranslations()).isEmpty();
  }
}
