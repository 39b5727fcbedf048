package org.dangong.examples;

import static org.dangong.examples.ExampleArgs.text;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dangong.appointment.AppointmentBar;
import org.dangong.appointment.AppointmentEngine;
import org.dangong.appointment.Candidate;
import org.dangong.appointment.CandidateRanking;
import org.dangong.appointment.CrossAppointment;
import org.dangong.decision.Decision;
import org.dangong.decision.Labels;
import org.dangong.model.Employment;
import org.dangong.model.EmploymentRole;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseId;
import org.dangong.model.InvalidJurisdictionException;
import org.dangong.model.Jurisdiction;
import org.dangong.model.OrganizationId;
import org.dangong.model.Ownership;
import org.dangong.model.PartyForm;
import org.dangong.model.PartyOrganization;
import org.dangong.model.PartyStanding;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.model.Problem;
import org.dangong.model.Region;
import org.dangong.model.RegionId;
import org.dangong.model.RegionLevel;
import org.dangong.model.UnionForm;
import org.dangong.model.UnionMembership;
import org.dangong.model.UnionOrganization;
import org.dangong.policy.Policy;

/**
 * 交叉任职 and 一肩挑 in one enterprise: who may chair the union, whether the party secretary may also
 * chair it, and the ranked candidates for holding both posts, each decision rendered with its
 * reasons and citations.
 *
 * <p>Run: {@code ./mvnw -q -pl examples -am compile exec:java
 * -Dexec.mainClass=org.dangong.examples.CrossAppointmentExample [-Dexec.args="--lang en"]}.
 */
public final class CrossAppointmentExample {
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  static final EnterpriseId WEIDE = EnterpriseId.of("E-1");
  static final OrganizationId BRANCH = OrganizationId.of("PO-1");
  static final OrganizationId UNION = OrganizationId.of("UO-1");
  /** The executive head and investor, 周总. */
  static final PersonId BOSS = PersonId.of("P-1");
  /** The head of human resources, 张华: a full party member, but barred from the union chair. */
  static final PersonId HR_HEAD = PersonId.of("P-2");
  /** The party secretary, 王芳: a full member since 2012, not an investor. */
  static final PersonId SECRETARY = PersonId.of("P-3");
  /** The union chair, 陈刚: a full member since 2023. */
  static final PersonId CHAIR = PersonId.of("P-4");
  /** A worker, 刘洋: a probationary party member. */
  static final PersonId WORKER = PersonId.of("P-5");

  private CrossAppointmentExample() {}

  /**
   * Runs the example.
   *
   * @param args {@code [--lang zh|en]}
   */
  public static void main(String[] args) {
    run(System.out, ExampleArgs.locale(args));
  }

  /**
   * Builds the enterprise and prints the decisions about it.
   *
   * @param out where to print
   * @param locale the language of the decisions
   */
  static void run(PrintStream out, Locale locale) {
    Jurisdiction weide = weide();
    // GUIDE-BEGIN cross-appointment
    AppointmentEngine engine = AppointmentEngine.of(Policy.national());

    // Who may chair the union of 伟德电子? Every bar that applies is a reason of its own.
    for (PersonId person : List.of(BOSS, HR_HEAD, SECRETARY, CHAIR, WORKER)) {
      Decision eligibility = engine.unionChairEligibility(weide, UNION, person, AS_OF);
      out.println(eligibility.render(locale));
      out.println("  -> " + AppointmentBar.in(eligibility)); // e.g. [HR_HEAD]
    }

    // 一肩挑: may the party secretary also chair the union, and is it the encouraged case?
    CrossAppointment secretaryAsChair = engine.secretaryAsUnionChair(weide, WEIDE, AS_OF);
    out.println(secretaryAsChair.permission().render(locale));
    out.println(secretaryAsChair.recommendation().render(locale));

    // Everyone who could hold both posts, best first, and why the others could not.
    CandidateRanking ranking = engine.rankCandidates(weide, WEIDE, AS_OF);
    for (Candidate candidate : ranking.ranked()) {
      out.println(candidate.person().value() + " "
          + candidate.currentPost().map(post -> Labels.label(post, locale)).orElse(""));
    }
    for (Candidate rejected : ranking.rejected()) {
      out.println(rejected.decision().render(locale));
    }
    // GUIDE-END cross-appointment
    out.println(
        text(locale, "最佳人选：", "Best candidate: ")
            + ranking.best().map(c -> c.person().value()).orElse("-"));
    out.println(text(locale, "有误的快照：", "A snapshot with mistakes:"));
    invalidSnapshotProblems().forEach(problem -> out.println("  " + problem));
  }

  /**
   * Adds a chair who does not exist and a worker employed by an enterprise that does not exist to
   * the snapshot, and returns every problem its validation finds.
   *
   * @return the problems, each with its path, rule and value
   */
  static List<Problem> invalidSnapshotProblems() {
    Jurisdiction valid = weide();
    // GUIDE-BEGIN invalid-snapshot
    try {
      valid.toBuilder()
          .removeUnionOrganizationsIf(u -> u.id().equals(UNION))
          .addUnionOrganization(
              valid.unionOrganization(UNION).orElseThrow().withChair(PersonId.of("P-404")))
          .addPerson(
              Person.builder()
                  .id(PersonId.of("P-6"))
                  .name("赵强")
                  .birthDate(LocalDate.of(1990, 1, 1))
                  .employment(
                      Employment.of(EnterpriseId.of("E-9"), LocalDate.of(2020, 1, 1), EmploymentRole.STAFF))
                  .build())
          .build();
      throw new AssertionError("not reached: the snapshot is invalid");
    } catch (InvalidJurisdictionException e) {
      return e.problems(); // every problem at once, e.g. people[P-6].employment.employer: UNKNOWN_REFERENCE (value: E-9)
    }
    // GUIDE-END invalid-snapshot
  }

  /**
   * Returns the town of 同里 with one enterprise, 伟德电子, its party branch and its union committee.
   *
   * @return the jurisdiction
   */
  static Jurisdiction weide() {
    RegionId town = RegionId.of("R-tongli");
    return Jurisdiction.builder()
        .addRegion(Region.builder().id(town).name("同里镇").level(RegionLevel.TOWN).build())
        .addEnterprise(
            Enterprise.builder()
                .id(WEIDE)
                .name("伟德电子有限公司")
                .ownership(Ownership.PRIVATE)
                .region(town)
                .headcount(320)
                .femaleHeadcount(140)
                .founded(LocalDate.of(2004, 5, 1))
                .build())
        .addPerson(
            employee(BOSS, "周总", EmploymentRole.EXECUTIVE, EmploymentRole.INVESTOR)
                .partyStanding(PartyStanding.fullMember(LocalDate.of(2001, 7, 1)))
                .build())
        .addPerson(
            employee(HR_HEAD, "张华", EmploymentRole.HR_HEAD)
                .partyStanding(PartyStanding.fullMember(LocalDate.of(2010, 7, 1)))
                .build())
        .addPerson(
            employee(SECRETARY, "王芳", EmploymentRole.STAFF)
                .partyStanding(PartyStanding.fullMember(LocalDate.of(2012, 7, 1)))
                .build())
        .addPerson(
            employee(CHAIR, "陈刚", EmploymentRole.STAFF)
                .partyStanding(PartyStanding.fullMember(LocalDate.of(2023, 7, 1)))
                .build())
        .addPerson(
            employee(WORKER, "刘洋", EmploymentRole.STAFF)
                .partyStanding(PartyStanding.probationaryMember(LocalDate.of(2026, 1, 1)))
                .build())
        .addPartyOrganization(
            PartyOrganization.builder()
                .id(BRANCH)
                .name("伟德电子有限公司党支部")
                .form(PartyForm.BRANCH)
                .addCoveredEnterprises(WEIDE)
                .region(town)
                .secretary(SECRETARY)
                .founded(LocalDate.of(2006, 7, 1))
                .termStart(LocalDate.of(2024, 7, 1))
                .termYears(3)
                .build())
        .addUnionOrganization(
            UnionOrganization.builder()
                .id(UNION)
                .name("伟德电子有限公司工会委员会")
                .form(UnionForm.ENTERPRISE_COMMITTEE)
                .addCoveredEnterprises(WEIDE)
                .region(town)
                .chair(CHAIR)
                .founded(LocalDate.of(2005, 5, 1))
                .termStart(LocalDate.of(2023, 5, 1))
                .termYears(5)
                .build())
        .build();
  }

  private static Person.Builder employee(
      PersonId id, String name, EmploymentRole role, EmploymentRole... more) {
    return Person.builder()
        .id(id)
        .name(name)
        .birthDate(LocalDate.of(1982, 4, 1))
        .employment(Employment.of(WEIDE, LocalDate.of(2012, 1, 1), role, more))
        .unionMembership(UnionMembership.active(UNION, LocalDate.of(2012, 3, 1)));
  }
}
