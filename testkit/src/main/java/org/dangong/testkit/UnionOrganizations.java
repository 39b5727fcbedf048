package org.dangong.testkit;

import java.time.LocalDate;
import org.dangong.model.UnionForm;
import org.dangong.model.UnionOrganization;
import org.dangong.model.WomenWorkForm;

/**
 * Entry point for generators of {@link UnionOrganization}s, one at a time. Unions inside a
 * consistent jurisdiction come from {@link Jurisdictions#jurisdictions()}.
 *
 * <pre>{@code
 * UnionOrganization u = UnionOrganizations.unionOrganizations().generate(42);
 * }</pre>
 *
 * <p>Every form appears, covering as many enterprises as the form allows (a federation sometimes
 * only a cluster); terms of 3 or 5 years, some expired; about 6% with a vacant chair; some town
 * unions whose chair holds same-level deputy rank (LEAD-TOWN). Ids refer to nothing.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UnionOrganizations {
  private UnionOrganizations() {}

  /**
   * Returns a generator of union organisations relative to {@link Dates#DEFAULT_REFERENCE_DATE}.
   *
   * @return the generator
   */
  public static Generator<UnionOrganization> unionOrganizations() {
    return unionOrganizations(Dates.DEFAULT_REFERENCE_DATE);
  }

  /**
   * Returns a generator of union organisations relative to the given reference date.
   *
   * @param referenceDate the reference date
   * @return the generator
   */
  public static Generator<UnionOrganization> unionOrganizations(LocalDate referenceDate) {
    Generator<UnionOrganization> generator = random -> {
      UnionForm form = Ranges.any(random, UnionForm.class);
      UnionOrganization.Builder b =
          UnionOrganization.builder()
              .id(Identifiers.organizationIds().next(random))
              .name(Names.TOWN_STEMS.get(random.nextInt(Names.TOWN_STEMS.size())) + suffix(form))
              .form(form)
              .region(Identifiers.regionIds().next(random));
      int covered =
          switch (form) {
            case ENTERPRISE_COMMITTEE, ORGANIZER -> 1;
            case JOINT_COMMITTEE -> 1 + random.nextInt(6);
            case FEDERATION -> random.nextInt(5);
            default -> 0;
          };
      if (form == UnionForm.FEDERATION && (covered == 0 || random.nextDouble() < 0.5)) {
        b.cluster(Identifiers.clusterIds().next(random));
      }
      for (int i = 0; i < covered; i++) {
        b.addCoveredEnterprise(Identifiers.enterpriseIds().next(random));
      }
      PartyOrganizations.Term term = PartyOrganizations.Term.draw(random, referenceDate, 5);
      b.founded(term.founded).termStart(term.start).termYears(term.years);
      if (random.nextDouble() < 0.06) {
        if (random.nextDouble() < 0.8) {
          b.chairVacantSince(Ranges.date(random, term.founded, referenceDate));
        }
      } else {
        b.chair(Identifiers.personIds().next(random));
        if (form == UnionForm.TOWN_UNION) {
          b.chairHoldsDeputyRank(random.nextDouble() < 0.4);
        }
      }
      if (form.isGrassroots()) {
        b.womenWork(Ranges.any(random, WomenWorkForm.class));
        b.fullTimeChair(random.nextDouble() < 0.1);
      }
      return b.build();
    };
    return generator.describedBy(Descriptions::union);
  }

  static String suffix(UnionForm form) {
    switch (form) {
      case ENTERPRISE_COMMITTEE:
        return "企业工会委员会";
      case JOINT_COMMITTEE:
        return "联合工会委员会";
      case ORGANIZER:
        return "企业工会组织员";
      case FEDERATION:
        return "工会联合会";
      case TOWN_UNION:
        return "工会";
      case CITY_FEDERATION:
      default:
        return "总工会";
    }
  }
}
