package org.dangong.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangong.examples.ExampleOutput.EN;
import static org.dangong.examples.ExampleOutput.ZH;
import static org.dangong.examples.JointTargetsExample.AS_OF;
import static org.dangong.examples.JointTargetsExample.WEIDE;
import static org.dangong.examples.JointTargetsExample.YONGDING;

import org.dangong.policy.JointStage;
import org.dangong.policy.Policy;
import org.dangong.targets.AssessmentGrade;
import org.dangong.targets.CycleReport;
import org.dangong.targets.TargetEngine;
import org.dangong.targets.UnitReport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JointTargetsExampleTest {
  private final CycleReport report =
      TargetEngine.of(Policy.national()).evaluate(JointTargetsExample.cycle(), AS_OF);

  @Test
  @DisplayName(
      "SEED JOINT-DEPLOY 同表彰: 伟德 passes on both sides and is commended; 永鼎's union side fails")
  void commendation() {
    UnitReport weide = report.unit(WEIDE).orElseThrow();
    UnitReport yongding = report.unit(YONGDING).orElseThrow();
    assertThat(report.commended()).containsExactly(WEIDE);
    assertThat(weide.grade()).contains(AssessmentGrade.EXCELLENT);
    assertThat(yongding.grade()).contains(AssessmentGrade.PASS);
    assertThat(yongding.commendation().commended()).isFalse();
  }

  @Test
  @DisplayName("SEED JOINT-DEPLOY 同检查: 永鼎 is inspected on the party side only")
  void inspection() {
    assertThat(report.inspectedOnOneSideOnly()).containsExactly(YONGDING);
    assertThat(report.unit(YONGDING).orElseThrow().isJoint(JointStage.INSPECTION)).contains(false);
    assertThat(report.unit(WEIDE).orElseThrow().isJoint(JointStage.INSPECTION)).contains(true);
    assertThat(report.unit(WEIDE).orElseThrow().isJoint(JointStage.DEPLOYMENT)).contains(true);
  }

  @Test
  void printsInChinese() {
    String zh = ExampleOutput.of(JointTargetsExample::run, ZH);
    assertThat(zh)
        .contains("同检查: 不满足")
        .contains("综合得分93.5分，达到优秀等次。")
        .contains("工建部分不合格：50分低于60分。")
        .contains("综合得分73分低于表彰所需的90分。")
        .endsWith("等次：[U-weide=优秀, U-yongding=合格]" + System.lineSeparator());
  }

  @Test
  void printsInEnglish() {
    String en = ExampleOutput.of(JointTargetsExample::run, EN);
    assertThat(en)
        .contains("joint inspection: not satisfied")
        .contains("The combined score 93.5 reaches the grade excellent.")
        .contains("The union building part fails: 50 is below 60.")
        .contains("The combined score 73 is below 90, the minimum for commendation.")
        .endsWith("Grades: [U-weide=excellent, U-yongding=pass]" + System.lineSeparator());
  }
}
