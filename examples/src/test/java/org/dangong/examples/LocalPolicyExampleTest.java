package org.dangong.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangong.examples.ExampleOutput.EN;
import static org.dangong.examples.ExampleOutput.ZH;
import static org.dangong.examples.LocalPolicyExample.AFTER;
import static org.dangong.examples.LocalPolicyExample.BEFORE;
import static org.dangong.examples.LocalPolicyExample.HENGLI;

import java.util.List;
import org.dangong.building.BuildingRules;
import org.dangong.decision.Decision;
import org.dangong.decision.Subject;
import org.dangong.decision.Verdict;
import org.dangong.model.Jurisdiction;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LocalPolicyExampleTest {
  private final Jurisdiction town = LocalPolicyExample.town();
  private final Policy city = LocalPolicyExample.cityPolicy();

  @Test
  @DisplayName(
      "UNION-LAW Art. 11 with a local threshold of 20: only 恒力 (22 members, an organiser) changes,"
          + " and only from the day the local rule takes effect")
  void exactlyOneDecisionChanges() {
    assertThat(LocalPolicyExample.changedDecisions(town, city, BEFORE)).isEmpty();
    List<Decision> changed = LocalPolicyExample.changedDecisions(town, city, AFTER);
    assertThat(changed).hasSize(1);
    Decision d = changed.get(0);
    assertThat(d.ruleId()).isEqualTo(BuildingRules.UNION_ORGANIZATION.id());
    assertThat(d.subject()).isEqualTo(Subject.enterprise(HENGLI));
    assertThat(d.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(d.reasons().get(0).parameters().get(0).value()).isEqualTo(20);
  }

  @Test
  @DisplayName("a local value has its validity period: national 25 until 2024-12-31, 20 from 2025")
  void validity() {
    assertThat(city.value(Parameters.UNION_COMMITTEE_MIN_MEMBERS, BEFORE)).isEqualTo(25);
    assertThat(city.value(Parameters.UNION_COMMITTEE_MIN_MEMBERS, AFTER)).isEqualTo(20);
    assertThat(city.entry(Parameters.UNION_COMMITTEE_MIN_MEMBERS, AFTER).citation().toString())
        .isEqualTo("LOCAL 第8条");
  }

  @Test
  void printsTheChangeInChinese() {
    String zh = ExampleOutput.of(LocalPolicyExample::run, ZH);
    assertThat(zh)
        .startsWith("20 (LOCAL 第8条)")
        .contains("== 2024-12-31：与全国政策不同的结论 0")
        .contains("== 2025-06-30：与全国政策不同的结论 1")
        .contains("对象：企业 E-2")
        .contains("会员22人，达到20人，应当建立基层工会委员会。")
        .doesNotContain("E-1", "E-3");
  }

  @Test
  void printsTheChangeInEnglish() {
    String en = ExampleOutput.of(LocalPolicyExample::run, EN);
    assertThat(en)
        .contains("== 2025-06-30: decisions that differ from the national policy 1")
        .contains("Subject: enterprise E-2")
        .contains("22 union members: at least 20, so the employer must set up a grassroots union committee.")
        .contains("Parameter: members from which an employer must have a union committee = 20 (LOCAL 第8条)")
        .doesNotContain("E-1", "E-3");
  }
}
