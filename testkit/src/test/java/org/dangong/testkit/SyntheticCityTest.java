package org.dangong.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.dangong.model.ClusterKind;
import org.dangong.model.Enterprise;
import org.dangong.model.Jurisdiction;
import org.dangong.model.Ownership;
import org.dangong.model.PartyForm;
import org.dangong.model.Region;
import org.dangong.model.RegionLevel;
import org.dangong.model.UnionForm;
import org.dangong.model.UnionOrganization;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticCityTest {
  private Jurisdiction city;

  @BeforeAll
  void generate() {
    city = Cities.suzhouLike().generate(42);
  }

  @Test
  void hasTheSeedsRegionTree() {
    assertThat(city.rootRegions()).singleElement().satisfies(r -> {
      assertThat(r.name()).isEqualTo("苏州市");
      assertThat(r.level()).isEqualTo(RegionLevel.CITY);
    });
    assertThat(count(RegionLevel.COUNTY_LEVEL_CITY)).isEqualTo(4);
    assertThat(count(RegionLevel.DISTRICT)).isEqualTo(5);
    assertThat(count(RegionLevel.DEVELOPMENT_ZONE)).isEqualTo(2);
    assertThat(count(RegionLevel.TOWN)).isEqualTo(SyntheticCity.TOWNS).isEqualTo(66);
    assertThat(count(RegionLevel.SUBDISTRICT)).isEqualTo(SyntheticCity.SUBDISTRICTS);
    assertThat(city.regions().stream().map(Region::name))
        .contains("张家港市", "常熟市", "太仓市", "昆山市", "吴江区", "吴中区", "相城区", "姑苏区", "虎丘区", "苏州工业园区", "同里镇", "周庄镇");
    assertThat(city.regions().stream().map(Region::name).distinct()).hasSize(city.regions().size());
  }

  private long count(RegionLevel level) {
    return city.regions().stream().filter(r -> r.level() == level).count();
  }

  @Test
  void twentySevenOfTheSixtySixTownUnionsHaveDeputyRankChairs() {
    List<UnionOrganization> townUnions =
        city.unionOrganizations().stream()
            .filter(u -> u.form() == UnionForm.TOWN_UNION)
            .filter(u -> city.region(u.region()).orElseThrow().level() == RegionLevel.TOWN)
            .toList();
    assertThat(townUnions).hasSize(66);
    assertThat(townUnions.stream().filter(UnionOrganization::chairHoldsDeputyRank)).hasSize(27);
    assertThat(city.unionOrganizations().stream().filter(UnionOrganization::chairHoldsDeputyRank)).hasSize(27);
  }

  @Test
  void hasTheRequestedSizeAndAboutTwentyPeoplePerEnterprise() {
    assertThat(city.enterprises()).hasSize(SyntheticCity.DEFAULT_ENTERPRISES);
    double employees = city.people().stream().filter(p -> p.employment().isPresent()).count();
    assertThat(employees / city.enterprises().size()).isCloseTo(20, within(2.5));
    assertThat(Cities.suzhouLike().enterprises(300).generate(1).enterprises()).hasSize(300);
    assertThat(Cities.suzhouLike().enterprises(0).generate(1).enterprises()).isEmpty();
    assertThatThrownBy(() -> Cities.suzhouLike().enterprises(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void isDeterministic() {
    Jurisdiction again = Cities.suzhouLike().generate(42);
    assertThat(again).isEqualTo(city);
    assertThat(again.people()).containsExactlyElementsOf(city.people());
    assertThat(again.enterprises()).containsExactlyElementsOf(city.enterprises());
    assertThat(Cities.suzhouLike().enterprises(500).generate(43)).isNotEqualTo(Cities.suzhouLike().enterprises(500).generate(42));
  }

  @Test
  void coversAboutSeventyNinePercentOfNonPublicEnterprisesWithPartyOrganizations() {
    List<Enterprise> nonPublic = city.enterprises().stream().filter(Enterprise::isNonPublic).toList();
    double party = nonPublic.stream().filter(e -> !city.partyOrganizationsCovering(e.id()).isEmpty()).count();
    double union = nonPublic.stream().filter(e -> !city.unionOrganizationsCovering(e.id()).isEmpty()).count();
    double neither =
        nonPublic.stream()
            .filter(e -> city.partyOrganizationsCovering(e.id()).isEmpty() && city.unionOrganizationsCovering(e.id()).isEmpty())
            .count();
    assertThat(party / nonPublic.size()).isCloseTo(0.79, within(0.03));
    assertThat(union / nonPublic.size()).isCloseTo(0.81, within(0.03));
    assertThat(neither / nonPublic.size()).isCloseTo(0.06, within(0.02));
    // Both own branches and joint branches cover them.
    assertThat(city.partyOrganizations().stream().filter(o -> o.form() == PartyForm.BRANCH)).hasSizeGreaterThan(100);
    assertThat(city.partyOrganizations().stream().filter(o -> o.form() == PartyForm.JOINT_BRANCH)).hasSizeGreaterThan(100);
  }

  @Test
  void hasARealisticOwnershipMix() {
    double n = city.enterprises().size();
    assertThat(share(Ownership.PRIVATE, n)).isCloseTo(0.62, within(0.04));
    assertThat(share(Ownership.FOREIGN_INVESTED, n)).isCloseTo(0.12, within(0.03));
    assertThat(share(Ownership.HK_MACAO_TAIWAN_INVESTED, n)).isCloseTo(0.07, within(0.02));
    assertThat(share(Ownership.RESTRUCTURED_STATE_OWNED, n)).isCloseTo(0.05, within(0.02));
    assertThat(share(Ownership.STATE_OWNED, n) + share(Ownership.COLLECTIVE, n)).isBetween(0.01, 0.06);
  }

  private double share(Ownership ownership, double n) {
    return city.enterprises().stream().filter(e -> e.ownership() == ownership).count() / n;
  }

  @Test
  void hasIntermediariesAndBuildingAreasWithTheirOrganizations() {
    assertThat(city.clusters()).extracting(c -> c.kind())
        .contains(ClusterKind.TALENT_MARKET, ClusterKind.PRIVATE_ENTERPRISE_ASSOCIATION, ClusterKind.BUILDING);
    assertThat(city.clusters()).anyMatch(c -> c.name().equals("苏州人才市场"));
    assertThat(city.unionOrganizations()).anyMatch(u -> u.form() == UnionForm.FEDERATION && u.cluster().isPresent());
    assertThat(city.partyOrganizations()).anyMatch(o -> o.cluster().isPresent());
    long countyLevel = city.regions().stream().filter(r -> r.level().isCountyLevel()).count();
    long withCommittee =
        city.regions().stream()
            .filter(r -> r.level().isCountyLevel())
            .filter(r -> city.partyOrganizations().stream().anyMatch(o -> o.region().equals(r.id()) && o.form() == PartyForm.NON_PUBLIC_WORKING_COMMITTEE))
            .count();
    assertThat(withCommittee).isGreaterThan(countyLevel / 2);
  }
}
