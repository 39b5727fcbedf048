package org.dangong.building;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dangong.model.Jurisdiction;
import org.dangong.model.Region;
import org.dangong.policy.Citation;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;
import org.dangong.policy.Source;
import org.dangong.testkit.JurisdictionGenerator;
import org.dangong.testkit.Jurisdictions;
import org.dangong.testkit.PropertyRunner;
import org.junit.jupiter.api.Test;

/**
 * {@code classify} agrees with {@code evaluate} on every enterprise of generated jurisdictions
 * (testkit generators and runner), under the national policy and local variants whose thresholds
 * fall inside the generated enterprises' sizes, for the whole jurisdiction and region by region.
 */
class CoverageScreeningPropertiesTest {
  private static final JurisdictionGenerator JURISDICTIONS =
      Jurisdictions.jurisdictions()
          .counties(1, 3)
          .townsPerCounty(0, 3)
          .enterprises(0, 25)
          .peoplePerEnterprise(0, 12)
          .clusters(0, 3);
  private static final LocalDate AS_OF = JURISDICTIONS.referenceDate();
  private static final Citation LOCAL =
      Citation.of(Source.LOCAL, "Art. 1", "本地规定").withNote("test");
  private static final Policy NATIONAL = Policy.national();

  /** The national policy and local variants with every threshold moved into the generated range. */
  private static final List<Policy> POLICIES =
      List.of(
          NATIONAL,
          NATIONAL.toBuilder()
              .set(Parameters.BRANCH_MIN_FULL_MEMBERS, 1, LOCAL)
              .set(Parameters.BRANCH_COMMITTEE_MIN_FULL_MEMBERS, 2, LOCAL)
              .set(Parameters.GENERAL_BRANCH_MIN_MEMBERS, 3, LOCAL)
              .set(Parameters.PRIMARY_COMMITTEE_MIN_MEMBERS, 5, LOCAL)
              .set(Parameters.UNION_COMMITTEE_MIN_MEMBERS, 3, LOCAL)
              .set(Parameters.FULL_TIME_CHAIR_MIN_STAFF, 8, LOCAL)
              .set(Parameters.WOMENS_COMMITTEE_MIN_FEMALE_STAFF, 2, LOCAL)
              .build(),
          NATIONAL.toBuilder()
              .set(Parameters.BRANCH_MIN_FULL_MEMBERS, 2, LOCAL)
              .set(Parameters.BRANCH_COMMITTEE_MIN_FULL_MEMBERS, 3, LOCAL)
              .set(Parameters.GENERAL_BRANCH_MIN_MEMBERS, 4, LOCAL)
              .set(Parameters.UNION_COMMITTEE_MIN_MEMBERS, 5, LOCAL)
              .set(Parameters.FULL_TIME_CHAIR_MIN_STAFF, 20, LOCAL)
              .set(Parameters.WOMENS_COMMITTEE_MIN_FEMALE_STAFF, 4, LOCAL)
              .build());

  @Test
  void classifyAgreesWithEvaluateOnEveryEnterprise() {
    PropertyRunner.forAll(JURISDICTIONS)
        .samples(60)
        .check(
            j -> {
              for (Policy policy : POLICIES) {
                BuildingEngine engine = BuildingEngine.of(policy);
                CoverageScreening whole = engine.classify(j, AS_OF);
                Agreement.check(whole, engine.evaluate(j, AS_OF));
                for (Region county : counties(j)) {
                  CoverageScreening part = engine.classify(j, county.id(), AS_OF);
                  Agreement.check(part, engine.evaluate(j, county.id(), AS_OF));
                  for (var e : part.enterprises()) {
                    assertThat(part.partyCoverage(e)).isEqualTo(whole.partyCoverage(e));
                    assertThat(part.requiredPartyForm(e)).isEqualTo(whole.requiredPartyForm(e));
                  }
                }
              }
            });
  }

  @Test
  void theLocalVariantsChangeSomeClassification() {
    // Guards the property above against variants that never matter on the generated data.
    PropertyRunner.forAll(JURISDICTIONS)
        .samples(20)
        .check(
            j -> {
              CoverageScreening national = BuildingEngine.of(NATIONAL).classify(j, AS_OF);
              CoverageScreening local = BuildingEngine.of(POLICIES.get(1)).classify(j, AS_OF);
              boolean anyStaffed =
                  j.enterprises().stream()
                      .anyMatch(e -> e.isNonPublic() && e.femaleHeadcount() >= 2);
              if (anyStaffed) {
                assertThat(local).isNotEqualTo(national);
              }
            });
  }

  private static List<Region> counties(Jurisdiction j) {
    return j.rootRegions().stream().flatMap(r -> j.children(r.id()).stream()).toList();
  }
}
