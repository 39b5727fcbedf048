package org.dangong.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.dangong.Dangong;
import org.dangong.decision.Labels;
import org.dangong.decision.Rule;
import org.dangong.model.Labelled;
import org.dangong.model.Problem;
import org.dangong.policy.Parameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rules, labels and messages of the package are registered, cited and titled in both languages.
 */
class RecommendationCatalogTest {
  private static final List<Labelled> CONSTANTS = constants();

  private static List<Labelled> constants() {
    List<Labelled> all = new ArrayList<>();
    all.addAll(Arrays.asList(WorkflowStep.values()));
    all.addAll(Arrays.asList(DevelopmentStage.values()));
    all.addAll(Arrays.asList(CandidacyStage.values()));
    all.addAll(Arrays.asList(RecommendationChannel.values()));
    all.addAll(Arrays.asList(PartyOrganizationStatus.values()));
    all.addAll(Arrays.asList(ObligationKind.values()));
    all.addAll(Arrays.asList(ObligationStatus.values()));
    return all;
  }

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        RecommendationCatalogTest.class.getResourceAsStream(
            "/org/dangong/recommendation/" + name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static String positional(String pattern) {
    return pattern.replaceAll("\\{[a-z][A-Za-z0-9]*([,}])", "{0$1");
  }

  @Test
  @DisplayName(
      "Every rule is in the library's catalogue, cites a clause or practice and has both titles")
  void rulesRegistered() {
    assertThat(Dangong.ruleCatalog().rules()).containsAll(RecommendationRules.all());
    assertThat(RecommendationRules.all()).hasSize(37).isSorted();
    for (Rule rule : RecommendationRules.all()) {
      assertThat(rule.practices()).as(rule.id().value()).isNotEmpty();
      assertThat(rule.id().value()).startsWith("DUAL-REC");
      assertThat(Labels.find(rule.titleKey(), Locale.SIMPLIFIED_CHINESE))
          .as(rule.titleKey())
          .isPresent();
      assertThat(Labels.find(rule.titleKey(), Locale.ENGLISH)).as(rule.titleKey()).isPresent();
    }
    for (WorkflowStep step : WorkflowStep.values()) {
      assertThat(RecommendationRules.all()).contains(RecommendationRules.of(step));
    }
    assertThat(RecommendationRules.TALK.citations().toString()).contains("DEVELOP-REG Art. 7");
    assertThat(RecommendationRules.EXAMINATION.citations())
        .isEqualTo(Parameters.BRANCH_FOUNDING_REPLY_WITHIN.nationalCitations());
  }

  @Test
  @DisplayName("Every labelled constant is registered and labelled in Chinese and English")
  void labelsRegistered() {
    assertThat(Dangong.labelledConstants()).containsAll(CONSTANTS);
    assertThat(Labels.missingLabels(CONSTANTS)).isEmpty();
    for (Labelled c : CONSTANTS) {
      assertThat(Labels.label(c, Locale.SIMPLIFIED_CHINESE)).containsPattern("\\p{IsHan}");
    }
    assertThat(Labels.label(RecommendationChannel.UNION_RECOMMENDATION, Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("工会推优");
    assertThat(Labels.label(Parameters.BRANCH_FOUNDING_REPLY_WITHIN, Locale.SIMPLIFIED_CHINESE))
        .contains("批复");
  }

  @Test
  @DisplayName("The library's completeness check finds nothing missing in this package")
  void completeness() {
    List<String> ours = new ArrayList<>();
    RecommendationRules.all().forEach(r -> ours.add(r.id().value()));
    CONSTANTS.forEach(c -> ours.add(c.messageKey()));
    for (Problem p : Dangong.completenessProblems()) {
      assertThat(ours.stream().noneMatch(k -> p.path().contains(k) || p.value().contains(k)))
          .as("%s", p)
          .isTrue();
    }
  }

  @Test
  @DisplayName("Both bundles have the same keys, Chinese texts in Chinese, and valid patterns")
  void bundles() throws IOException {
    Properties en = bundle("Messages.properties");
    Properties zh = bundle("Messages_zh.properties");
    assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    for (String key : en.stringPropertyNames()) {
      // named placeholders become positional ones, as the library's rendering does
      new MessageFormat(positional(en.getProperty(key)), Locale.ROOT);
      new MessageFormat(positional(zh.getProperty(key)), Locale.CHINESE);
      assertThat(zh.getProperty(key)).as(key).containsPattern("\\p{IsHan}");
      assertThat(zh.getProperty(key)).as(key).isNotEqualTo(en.getProperty(key));
    }
    assertThat(
            en.stringPropertyNames().stream().filter(k -> k.startsWith("reason.recommendation.")))
        .hasSizeGreaterThan(50);
  }
}
