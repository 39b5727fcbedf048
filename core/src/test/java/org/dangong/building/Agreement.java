package org.dangong.building;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that a screening holds, for every enterprise, what the full evaluation assessed. */
final class Agreement {
  private Agreement() {}

  static void check(CoverageScreening s, BuildingReport report) {
    assertThat(s.asOf()).isEqualTo(report.asOf());
    assertThat(s.scope()).isEqualTo(report.scope());
    assertThat(s.enterprises())
        .containsExactlyElementsOf(
            report.assessments().stream().map(EnterpriseAssessment::enterprise).toList());
    for (EnterpriseAssessment a : report.assessments()) {
      String e = a.enterprise().value();
      assertThat(s.inScope(a.enterprise())).as(e).isEqualTo(a.inScope());
      assertThat(s.partyCoverage(a.enterprise())).as(e).isEqualTo(a.partyCoverage());
      assertThat(s.unionCoverage(a.enterprise())).as(e).isEqualTo(a.unionCoverage());
      assertThat(s.quadrant(a.enterprise())).as(e).isEqualTo(a.quadrant());
      assertThat(s.requiredPartyForm(a.enterprise()))
          .as(e)
          .isEqualTo(a.partyRequirement().form());
      assertThat(s.branchLeadership(a.enterprise()))
          .as(e)
          .isEqualTo(a.partyRequirement().leadership().map(LeadershipRequirement::leadership));
      assertThat(s.unionCommitteeRequired(a.enterprise()))
          .as(e)
          .isEqualTo(a.unionRequirement().committeeRequired());
      assertThat(s.fullTimeChairPossible(a.enterprise()))
          .as(e)
          .isEqualTo(a.unionRequirement().fullTimeChairPossible());
      assertThat(s.womenWork(a.enterprise())).as(e).isEqualTo(a.unionRequirement().womenWork());
    }
    BuildingCounts t = report.totals();
    assertThat((long) s.size()).isEqualTo(t.nonPublicEnterprises());
    assertThat((long) s.closedEnterprises()).isEqualTo(t.closedEnterprises());
    assertThat((long) s.inScopeEnterprises()).isEqualTo(t.inScopeEnterprises());
    for (PartyCoverage c : PartyCoverage.values()) {
      assertThat((long) s.enterprises(c)).as(c.name()).isEqualTo(t.enterprises(c));
    }
    for (UnionCoverage c : UnionCoverage.values()) {
      assertThat((long) s.enterprises(c)).as(c.name()).isEqualTo(t.enterprises(c));
    }
    assertThat(s.partyCovered()).isEqualTo(t.partyCovered());
    assertThat(s.unionCovered()).isEqualTo(t.unionCovered());
    assertThat(s.bothCovered()).isEqualTo(t.bothCovered());
  }
}
