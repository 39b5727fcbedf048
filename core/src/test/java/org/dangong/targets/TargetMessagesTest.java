package org.dangong.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangong.targets.CycleFixtures.AFTER;
import static org.dangong.targets.CycleFixtures.DEC;
import static org.dangong.targets.CycleFixtures.FEB;
import static org.dangong.targets.CycleFixtures.JUL;
import static org.dangong.targets.CycleFixtures.MIDYEAR;
import static org.dangong.targets.CycleFixtures.NATIONAL;
import static org.dangong.targets.CycleFixtures.act;
import static org.dangong.targets.CycleFixtures.assessment;
import static org.dangong.targets.CycleFixtures.cycle;
import static org.dangong.targets.CycleFixtures.inspection;
import static org.dangong.targets.CycleFixtures.party;
import static org.dangong.targets.CycleFixtures.score;
import static org.dangong.targets.CycleFixtures.target;
import static org.dangong.targets.CycleFixtures.union;
import static org.dangong.targets.CycleFixtures.unit;
import static org.dangong.targets.CycleFixtures.units;

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
import org.dangong.decision.Decision;
import org.dangong.decision.Labels;
import org.dangong.decision.RuleCatalog;
import org.dangong.model.Labelled;
import org.dangong.policy.Parameters;
import org.dangong.policy.PolicyParameter;
import org.dangong.policy.Source;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every rule, label and reason of joint target management reads in Chinese and English. */
class TargetMessagesTest {
  private static final String BUNDLE = "org.dangong.targets.Messages";

  private static List<Labelled> constants() {
    List<Labelled> all = new ArrayList<>();
    all.addAll(Arrays.asList(WorkSide.values()));
    all.addAll(Arrays.asList(DeploymentKind.values()));
    all.addAll(Arrays.asList(InspectionKind.values()));
    all.addAll(Arrays.asList(AssessmentGrade.values()));
    all.addAll(Arrays.asList(QuotaScope.values()));
    all.addAll(Arrays.asList(RankingKey.values()));
    return all;
  }

  private static List<PolicyParameter<?>> parameters() {
    return List.of(
        Parameters.JOINT_ASSESSMENT_PARTY_SHARE,
        Parameters.JOINT_ASSESSMENT_UNION_SHARE,
        Parameters.JOINT_ASSESSMENT_EXCELLENT_MIN,
        Parameters.JOINT_ASSESSMENT_GOOD_MIN,
        Parameters.JOINT_ASSESSMENT_PASS_MIN,
        Parameters.JOINT_ASSESSMENT_UNION_FAIL_CAPS_GRADE,
        Parameters.JOINT_ASSESSMENT_VETO_ENABLED,
        Parameters.JOINT_COMMENDATION_MIN_SCORE);
  }

  @Test
  @DisplayName(
      "The rules and labelled constants are registered with the library and titled in both"
          + " languages")
  void registeredAndTitled() {
    assertThat(Dangong.ruleCatalog().rules()).containsAll(TargetRules.all());
    assertThat(Dangong.labelledConstants()).containsAll(constants()).containsAll(parameters());
    List<Labelled> labelled = new ArrayList<>(constants());
    labelled.addAll(parameters());
    assertThat(RuleCatalog.of(TargetRules.all()).completenessProblems(labelled)).isEmpty();
    for (Labelled constant : labelled) {
      assertThat(Labels.find(constant.messageKey(), Locale.SIMPLIFIED_CHINESE).orElse(""))
          .as(constant.messageKey())
          .containsPattern("\\p{IsHan}");
    }
    assertThat(Labels.label(AssessmentGrade.EXCELLENT, Locale.SIMPLIFIED_CHINESE)).isEqualTo("优秀");
    assertThat(Labels.label(WorkSide.UNION, Locale.SIMPLIFIED_CHINESE)).isEqualTo("工建");
  }

  @Test
  @DisplayName(
      "The new policy parameters cite the seed and say they are a policy choice, not the seed's"
          + " figures")
  void parametersSayTheyArePolicyChoices() {
    for (PolicyParameter<?> parameter : parameters()) {
      assertThat(parameter.nationalCitations().get(0).source()).isEqualTo(Source.SEED);
      assertThat(parameter.nationalCitations().get(0).note())
          .hasValueSatisfying(
              note -> assertThat(note).containsAnyOf("Policy choice", "The seed names no"));
    }
  }

  @Test
  @DisplayName(
      "Both bundles of the package have the same keys and the same placeholders, and the Chinese is"
          + " Chinese")
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
      "Every decision of a rich report renders in Chinese and English with no key or placeholder"
          + " left")
  void everyDecisionRenders() {
    WorkCycle cycle =
        cycle(unit("U-1"), unit("U-2"), unit("U-3"), unit("U-4"))
            .addDeployment(
                act(
                    "D-1",
                    FEB,
                    party("P-1", "U-1", "U-2", "U-3"),
                    union("N-1", "U-1", "U-2"),
                    target("N-V", WorkSide.UNION, "1", "10", "U-2").withVeto(true)))
            .addDeployment(act("D-2", JUL, union("N-3", "U-3")))
            .addInspection(
                inspection("I-1", JUL, units("U-1", "U-3"), "P-1", "N-1").withFindings("台账不全"))
            .addAssessment(
                assessment(
                    "A-1",
                    DEC,
                    score("U-1", "P-1", "10"),
                    score("U-1", "N-1", "9"),
                    score("U-2", "P-1", "10"),
                    score("U-2", "N-1", "10"),
                    score("U-2", "N-V", "0"),
                    score("U-3", "P-1", "9")))
            .commendationPlaces(0)
            .build();
    List<Decision> decisions = new ArrayList<>(NATIONAL.evaluate(cycle, AFTER).decisions());
    decisions.addAll(NATIONAL.evaluate(cycle, MIDYEAR).decisions());
    for (Decision d : decisions) {
      for (Locale locale : Labels.supportedLocales()) {
        String text = d.render(locale);
        assertThat(text).as(text).doesNotContain("reason.targets.", "rule.JOINT", "{", "enum.");
      }
      assertThat(d.render(Locale.SIMPLIFIED_CHINESE)).contains("SEED JOINT-DEPLOY");
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
}
