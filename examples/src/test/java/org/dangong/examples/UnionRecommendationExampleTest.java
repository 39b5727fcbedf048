package org.dangong.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangong.examples.ExampleOutput.EN;
import static org.dangong.examples.ExampleOutput.ZH;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UnionRecommendationExampleTest {

  @Test
  @DisplayName(
      "DEVELOP-REG Art. 13: the early determination as development target is rejected, the rest of"
          + " the DUAL-REC-2 path accepted, up to probation (Chinese)")
  void chinese() {
    String zh = ExampleOutput.of(UnionRecommendationExample::run, ZH);
    assertThat(zh.lines().filter(l -> l.endsWith(" ✗")))
        .containsExactly("2025-03-01 确定为发展对象 ✗");
    assertThat(zh.lines().filter(l -> l.endsWith(" ✓"))).hasSize(16);
    assertThat(zh)
        .contains("2024-04-10 工会委员会决定推优 ✓")
        .contains("规则 DUAL-REC-2.CULTIVATION-PERIOD")
        .contains("自2024年4月20日起满1年之日为2025年4月20日，2025年3月1日过早。")
        .contains("依据：DEVELOP-REG Art. 13")
        .contains("\n预备党员\n".replace("\n", System.lineSeparator()))
        .contains("自2026年7月14日起方可进行。")
        .contains("截至2026年9月30日已超期78天。")
        .contains("依据：DEVELOP-REG Art. 32")
        .endsWith("审计记录条数：16" + System.lineSeparator());
  }

  @Test
  @DisplayName(
      "DEVELOP-REG Art. 32: a probationary member after the union's recommendation; the decision at"
          + " the end of probation is upcoming, then overdue (English)")
  void english() {
    String en = ExampleOutput.of(UnionRecommendationExample::run, EN);
    assertThat(en.lines().filter(l -> l.endsWith(" ✗")))
        .containsExactly("2025-03-01 determination as development target ✗");
    assertThat(en)
        .contains("2024-04-10 recommendation by the union committee ✓")
        .contains("1 year from 2024-04-20 ends on 2025-04-20; 2025-03-01 is too early.")
        .contains("Citations: DEVELOP-REG Art. 13")
        .contains(System.lineSeparator() + "probationary member" + System.lineSeparator())
        .contains("possible from 2026-07-14.")
        .contains("due by 2026-07-14, overdue by 78 days as of 2026-09-30.")
        .endsWith("Audit trail entries: 16" + System.lineSeparator());
  }
}
