package org.dangong.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangong.examples.ExampleOutput.EN;
import static org.dangong.examples.ExampleOutput.ZH;
import static org.dangong.examples.MergerExample.DATE;
import static org.dangong.examples.MergerExample.HENGLI;
import static org.dangong.examples.MergerExample.HENGLI_UNION;
import static org.dangong.examples.MergerExample.QIAN_WEI;
import static org.dangong.examples.MergerExample.SUN_LI;
import static org.dangong.examples.MergerExample.WEIDE;
import static org.dangong.examples.MergerExample.WEIDE_BRANCH;
import static org.dangong.examples.MergerExample.WEIDE_UNION;
import static org.dangong.examples.MergerExample.ZHAO_MIN;

import org.dangong.model.MembershipStatus;
import org.dangong.model.PartyStage;
import org.dangong.policy.Policy;
import org.dangong.restructuring.MembershipRoute;
import org.dangong.restructuring.Merger;
import org.dangong.restructuring.OrganizationFate;
import org.dangong.restructuring.PartyRoute;
import org.dangong.restructuring.RestructuringEngine;
import org.dangong.restructuring.RestructuringPlan;
import org.dangong.restructuring.Successor;
import org.dangong.restructuring.Allocation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MergerExampleTest {
  private final RestructuringPlan plan =
      RestructuringEngine.of(Policy.national())
          .plan(
              MergerExample.town(),
              Merger.builder()
                  .addAbsorbed(HENGLI)
                  .successor(Successor.existing(WEIDE))
                  .addAllocations(Allocation.retired(QIAN_WEI))
                  .build(),
              DATE);

  @Test
  @DisplayName(
      "SEED SYNC-RESTRUCTURE: 恒力's party members move to 伟德's branch, the probationer stays"
          + " probationary (DEVELOP-REG Art. 32)")
  void partyRelations() {
    assertThat(plan.partyTransfer(ZHAO_MIN).orElseThrow().holderAfter()).contains(WEIDE_BRANCH);
    assertThat(plan.partyTransfer(ZHAO_MIN).orElseThrow().route())
        .isEqualTo(PartyRoute.TO_EMPLOYER_ORGANIZATION);
    assertThat(plan.partyTransfer(SUN_LI).orElseThrow().stage()).isEqualTo(PartyStage.PROBATIONARY);
    assertThat(plan.partyTransfer(SUN_LI).orElseThrow().holderAfter()).contains(WEIDE_BRANCH);
  }

  @Test
  @DisplayName(
      "UNION-CONST Art. 8: the retiree keeps a retained membership with the union 恒力's union is"
          + " merged into; the others become active members of 伟德's union")
  void memberships() {
    assertThat(plan.unionOrganization(HENGLI_UNION).orElseThrow().fate())
        .isEqualTo(OrganizationFate.MERGED);
    assertThat(plan.unionOrganization(HENGLI_UNION).orElseThrow().mergedInto()).contains(WEIDE_UNION);
    assertThat(plan.membershipTransfer(QIAN_WEI).orElseThrow().route())
        .isEqualTo(MembershipRoute.TO_MERGED_UNION);
    assertThat(plan.membershipTransfer(QIAN_WEI).orElseThrow().statusAfter())
        .contains(MembershipStatus.RETAINED);
    assertThat(plan.membershipTransfer(ZHAO_MIN).orElseThrow().unionAfter()).contains(WEIDE_UNION);
    assertThat(plan.reconciliation().isBalanced()).isTrue();
    assertThat(plan.apply(MergerExample.town()).employees(WEIDE)).hasSize(5);
  }

  @Test
  void printsThePlanInChinese() {
    String zh = ExampleOutput.of(MergerExample::run, ZH);
    assertThat(zh)
        .contains("P-11 (正式党员): - -> PO-1")
        .contains("P-13: UO-2 -> UO-1")
        .contains("UO-2: 合并 -> UO-1")
        .contains("涉及工会会员6人：在册5人，保留会籍1人，转至辖区外0人。")
        .endsWith("合并后伟德电子职工人数：5" + System.lineSeparator());
  }

  @Test
  void printsThePlanInEnglish() {
    String en = ExampleOutput.of(MergerExample::run, EN);
    assertThat(en)
        .contains("P-13: retires -> -")
        .contains("P-12 (probationary member): - -> PO-1, to the employer's party organisation")
        .contains("P-13: UO-2 -> UO-1, with the former union, merged")
        .contains("UO-2: merged -> UO-1")
        .contains("Union members affected: 6; active afterwards: 5, retained: 1")
        .endsWith("Employees of 伟德电子 after the merger: 5" + System.lineSeparator());
  }
}
