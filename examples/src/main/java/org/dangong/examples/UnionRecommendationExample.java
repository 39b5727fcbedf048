package org.dangong.examples;

import static org.dangong.examples.ExampleArgs.text;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dangong.decision.Decision;
import org.dangong.decision.Labels;
import org.dangong.decision.Subject;
import org.dangong.model.Employment;
import org.dangong.model.EmploymentRole;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseId;
import org.dangong.model.Jurisdiction;
import org.dangong.model.OrganizationId;
import org.dangong.model.Ownership;
import org.dangong.model.PartyForm;
import org.dangong.model.PartyOrganization;
import org.dangong.model.PartyStanding;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.model.Region;
import org.dangong.model.RegionId;
import org.dangong.model.RegionLevel;
import org.dangong.model.UnionForm;
import org.dangong.model.UnionMembership;
import org.dangong.model.UnionOrganization;
import org.dangong.policy.Policy;
import org.dangong.recommendation.ActivistDetermined;
import org.dangong.recommendation.ActivistFiled;
import org.dangong.recommendation.ActivistReviewed;
import org.dangong.recommendation.AdmissionApproved;
import org.dangong.recommendation.AdmissionVoted;
import org.dangong.recommendation.ApplicantTalked;
import org.dangong.recommendation.ApplicationReceived;
import org.dangong.recommendation.DevelopmentEvent;
import org.dangong.recommendation.DevelopmentRegister;
import org.dangong.recommendation.DevelopmentTargetDetermined;
import org.dangong.recommendation.DevelopmentTargetFiled;
import org.dangong.recommendation.IntroducersAssigned;
import org.dangong.recommendation.MembershipDevelopment;
import org.dangong.recommendation.Obligation;
import org.dangong.recommendation.PoliticalReviewCompleted;
import org.dangong.recommendation.PreReviewCompleted;
import org.dangong.recommendation.TrainingCompleted;
import org.dangong.recommendation.Transition;
import org.dangong.recommendation.UnionNominated;
import org.dangong.recommendation.UnionRecommended;

/**
 * 双荐, the second direction (DUAL-REC-2, 推优): the union of 伟德电子 recommends a young worker, 李明,
 * to the party branch; the register applies the events of DEVELOP-REG one by one — rejecting one
 * that comes too early, with the clause that says so — up to his admission as a probationary member,
 * and lists what the organisations still owe him on two dates.
 *
 * <p>Run: {@code ./mvnw -q -pl examples -am compile exec:java
 * -Dexec.mainClass=org.dangong.examples.UnionRecommendationExample [-Dexec.args="--lang en"]}.
 */
public final class UnionRecommendationExample {
  static final EnterpriseId WEIDE = EnterpriseId.of("E-1");
  static final OrganizationId BRANCH_ID = OrganizationId.of("PO-1");
  static final OrganizationId WORKING_COMMITTEE_ID = OrganizationId.of("PO-W");
  static final OrganizationId UNION = OrganizationId.of("UO-1");
  /** The applicant, 李明. */
  static final PersonId LI_MING = PersonId.of("P-7");
  /** The secretary, 王芳, and a member, 张华: full members who introduce him. */
  static final PersonId WANG_FANG = PersonId.of("P-3");
  static final PersonId ZHANG_HUA = PersonId.of("P-2");
  static final PersonId CHEN_GANG = PersonId.of("P-4");
  /** Too early: less than a year after 李明 became an activist. */
  static final LocalDate TOO_EARLY = LocalDate.of(2025, 3, 1);

  private UnionRecommendationExample() {}

  /**
   * Runs the example.
   *
   * @param args {@code [--lang zh|en]}
   */
  public static void main(String[] args) {
    run(System.out, ExampleArgs.locale(args));
  }

  /**
   * Applies the events and prints every step, the rejection and the obligations.
   *
   * @param out where to print
   * @param locale the language of the decisions
   */
  static void run(PrintStream out, Locale locale) {
    Jurisdiction j = weide();
    // GUIDE-BEGIN union-recommendation
    Subject branch = Subject.partyOrganization(BRANCH_ID);
    Subject unionCommittee = Subject.unionOrganization(UNION);
    Subject workingCommittee = Subject.partyOrganization(WORKING_COMMITTEE_ID);
    // Each event carries the facts its guards need, taken from the jurisdiction at the time.
    List<DevelopmentEvent> events =
        List.of(
            ApplicationReceived.from(j, LI_MING, LocalDate.of(2024, 3, 1), branch),
            ApplicantTalked.of(LocalDate.of(2024, 3, 20), LI_MING, branch),
            // 推优: the union nominates and recommends its member (DUAL-REC-2)
            UnionNominated.from(j, LI_MING, UNION, LocalDate.of(2024, 4, 1), unionCommittee),
            UnionRecommended.from(j, LI_MING, UNION, LocalDate.of(2024, 4, 10), unionCommittee),
            ActivistDetermined.byUnionRecommendation(LocalDate.of(2024, 4, 20), LI_MING, branch),
            ActivistFiled.of(LocalDate.of(2024, 4, 25), LI_MING, branch),
            ActivistReviewed.of(LocalDate.of(2024, 10, 20), LI_MING, branch),
            DevelopmentTargetDetermined.of(TOO_EARLY, LI_MING, branch), // rejected: < 1 year
            ActivistReviewed.of(LocalDate.of(2025, 4, 20), LI_MING, branch),
            DevelopmentTargetDetermined.of(LocalDate.of(2025, 4, 21), LI_MING, branch),
            DevelopmentTargetFiled.of(LocalDate.of(2025, 4, 25), LI_MING, branch),
            IntroducersAssigned.from(
                j, LI_MING, List.of(WANG_FANG, ZHANG_HUA), LocalDate.of(2025, 5, 1), branch),
            PoliticalReviewCompleted.of(LocalDate.of(2025, 6, 1), LI_MING, branch),
            TrainingCompleted.of(LocalDate.of(2025, 6, 10), LI_MING, workingCommittee, 3, 24),
            PreReviewCompleted.of(LocalDate.of(2025, 7, 3), LI_MING, workingCommittee),
            // 3 full members entitled, 3 present, 3 vote yes, no written votes
            AdmissionVoted.of(LocalDate.of(2025, 7, 14), LI_MING, branch, 3, 3, 3, 0),
            AdmissionApproved.of(LocalDate.of(2025, 8, 15), LI_MING, workingCommittee));

    DevelopmentRegister register = DevelopmentRegister.of(Policy.national());
    for (DevelopmentEvent event : events) {
      Transition<DevelopmentRegister> t = register.apply(event);
      out.println(event.date() + " " + Labels.label(event.step(), locale)
          + (t.isAccepted() ? " ✓" : " ✗"));
      for (Decision rejection : t.rejections()) {
        out.println(rejection.render(locale)); // the guard, actual against required, the clause
      }
      register = t.state(); // unchanged when rejected
    }

    MembershipDevelopment liMing = register.development(LI_MING).orElseThrow();
    out.println(Labels.label(liMing.stage(), locale)); // PROBATIONARY: 预备党员
    for (LocalDate asOf : List.of(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 9, 30))) {
      for (Obligation obligation : liMing.obligations(asOf)) {
        out.println(obligation.toDecision().render(locale)); // due, upcoming or overdue
      }
    }
    // GUIDE-END union-recommendation
    out.println(text(locale, "审计记录条数：", "Audit trail entries: ") + liMing.auditTrail().size());
  }

  /**
   * Returns 伟德电子 with its party branch of three full members, its union, and 李明, a young union
   * member; and the town's non-public-economy party working committee above the branch.
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
            employee(LI_MING, "李明", LocalDate.of(1999, 9, 1))
                .partyStanding(PartyStanding.none())
                .build())
        .addPerson(
            employee(WANG_FANG, "王芳", LocalDate.of(1982, 4, 1))
                .partyStanding(PartyStanding.fullMember(LocalDate.of(2012, 7, 1)))
                .build())
        .addPerson(
            employee(ZHANG_HUA, "张华", LocalDate.of(1980, 2, 1))
                .partyStanding(PartyStanding.fullMember(LocalDate.of(2010, 7, 1)))
                .build())
        .addPerson(
            employee(CHEN_GANG, "陈刚", LocalDate.of(1988, 8, 1))
                .partyStanding(PartyStanding.fullMember(LocalDate.of(2023, 7, 1)))
                .build())
        .addPartyOrganization(
            PartyOrganization.builder()
                .id(WORKING_COMMITTEE_ID)
                .name("同里镇非公有制经济组织党委")
                .form(PartyForm.NON_PUBLIC_WORKING_COMMITTEE)
                .region(town)
                .founded(LocalDate.of(2003, 7, 1))
                .termStart(LocalDate.of(2023, 7, 1))
                .termYears(5)
                .build())
        .addPartyOrganization(
            PartyOrganization.builder()
                .id(BRANCH_ID)
                .name("伟德电子有限公司党支部")
                .form(PartyForm.BRANCH)
                .parent(WORKING_COMMITTEE_ID)
                .addCoveredEnterprises(WEIDE)
                .region(town)
                .secretary(WANG_FANG)
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
                .chair(CHEN_GANG)
                .founded(LocalDate.of(2005, 5, 1))
                .termStart(LocalDate.of(2023, 5, 1))
                .termYears(5)
                .build())
        .build();
  }

  private static Person.Builder employee(PersonId id, String name, LocalDate born) {
    return Person.builder()
        .id(id)
        .name(name)
        .birthDate(born)
        .employment(Employment.of(WEIDE, LocalDate.of(2020, 1, 1), EmploymentRole.STAFF))
        .unionMembership(UnionMembership.active(UNION, LocalDate.of(2020, 3, 1)));
  }
}
