package org.dangong.testkit;

import java.time.LocalDate;
import java.util.random.RandomGenerator;
import org.dangong.model.PartyForm;
import org.dangong.model.PartyOrganization;

/**
 * Entry point for generators of {@link PartyOrganization}s, one at a time. Party organisations
 * whose secretaries are members employed by a covered enterprise — as a {@link
 * org.dangong.model.Jurisdiction} demands — come from {@link Jurisdictions#jurisdictions()}.
 *
 * <pre>{@code
 * PartyOrganization o = PartyOrganizations.partyOrganizations().generate(42);
 * }</pre>
 *
 * <p>Every form appears, covering as many enterprises as the form allows (a branch one, a joint
 * branch up to five, a working committee none); terms of 3 or 5 years, some expired on the
 * reference date; about 5% with a vacant secretary, mostly with the date the vacancy began. Ids
 * refer to nothing.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PartyOrganizations {
  private PartyOrganizations() {}

  /**
   * Returns a generator of party organisations relative to {@link Dates#DEFAULT_REFERENCE_DATE}.
   *
   * @return the generator
   */
  public static Generator<PartyOrganization> partyOrganizations() {
    return partyOrganizations(Dates.DEFAULT_REFERENCE_DATE);
  }

  /**
   * Returns a generator of party organisations relative to the given reference date.
   *
   * @param referenceDate the reference date
   * @return the generator
   */
  public static Generator<PartyOrganization> partyOrganizations(LocalDate referenceDate) {
    Generator<PartyOrganization> generator = random -> {
      PartyForm form = Ranges.any(random, PartyForm.class);
      int covered =
          switch (form) {
            case BRANCH -> 1;
            case NON_PUBLIC_WORKING_COMMITTEE -> 0;
            case JOINT_BRANCH -> 1 + random.nextInt(5);
            default -> 1 + random.nextInt(3);
          };
      PartyOrganization.Builder b =
          PartyOrganization.builder()
              .id(Identifiers.organizationIds().next(random))
              .name(Names.TOWN_STEMS.get(random.nextInt(Names.TOWN_STEMS.size())) + suffix(form))
              .form(form)
              .region(Identifiers.regionIds().next(random));
      for (int i = 0; i < covered; i++) {
        b.addCoveredEnterprise(Identifiers.enterpriseIds().next(random));
      }
      Term term = Term.draw(random, referenceDate, form == PartyForm.PRIMARY_COMMITTEE ? 5 : 3);
      b.founded(term.founded).termStart(term.start).termYears(term.years);
      if (random.nextDouble() < 0.05) {
        if (random.nextDouble() < 0.8) {
          b.secretaryVacantSince(Ranges.date(random, term.founded, referenceDate));
        }
      } else {
        b.secretary(Identifiers.personIds().next(random));
        if (random.nextDouble() < 0.2) {
          b.addCommitteeMember(Identifiers.personIds().next(random));
        }
      }
      return b.build();
    };
    return generator.describedBy(Descriptions::party);
  }

  static String suffix(PartyForm form) {
    switch (form) {
      case BRANCH:
        return "党支部";
      case JOINT_BRANCH:
        return "联合党支部";
      case GENERAL_BRANCH:
        return "党总支";
      case PRIMARY_COMMITTEE:
        return "党委";
      case NON_PUBLIC_WORKING_COMMITTEE:
      default:
        return "非公经济党工委";
    }
  }

  /** A founding date, a term start on or after it and a term length; some terms expired. */
  static final class Term {
    final LocalDate founded;
    final LocalDate start;
    final int years;

    private Term(LocalDate founded, LocalDate start, int years) {
      this.founded = founded;
      this.start = start;
      this.years = years;
    }

    /**
     * Draws a term of usually {@code usualYears} years (sometimes the other of 3 and 5) that
     * started up to a term and a half before {@code ref}, so that about a third have expired.
     */
    static Term draw(RandomGenerator random, LocalDate ref, int usualYears) {
      int years = random.nextDouble() < 0.85 ? usualYears : (usualYears == 3 ? 5 : 3);
      LocalDate start = Ranges.daysBefore(random, ref, 0, years * 365L + years * 180L);
      LocalDate founded =
          random.nextDouble() < 0.4 ? start : Ranges.daysBefore(random, start, 0, 20 * 365);
      return new Term(founded, start, years);
    }

    /** A term for an organisation founded on a known date, on or before {@code ref}. */
    static Term since(RandomGenerator random, LocalDate founded, LocalDate ref, int usualYears) {
      int years = random.nextDouble() < 0.85 ? usualYears : (usualYears == 3 ? 5 : 3);
      LocalDate earliest = Ranges.max(founded, ref.minusDays(years * 365L + years * 180L));
      return new Term(founded, Ranges.date(random, earliest, ref), years);
    }
  }
}
