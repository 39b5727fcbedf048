package org.dangong.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.dangong.decision.Decision;
import org.dangong.decision.Reason;
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
import org.dangong.model.PartyStage;
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

/**
 * A small hand-written world for the recommendation scenarios: an enterprise with a union and no
 * party organisation (伟德电子, E-1, in the town R-tl of the city R-sz), an applicant who is a union
 * member, full members who can introduce, and the standard development path of DEVELOP-REG with its
 * dates.
 */
final class Fixtures {
  static final Policy NATIONAL = Policy.national();
  static final RegionId CITY = RegionId.of("R-sz");
  static final RegionId TOWN = RegionId.of("R-tl");
  static final RegionId OTHER_TOWN = RegionId.of("R-zz");
  static final EnterpriseId WEIDE = EnterpriseId.of("E-1");
  static final OrganizationId UNION = OrganizationId.of("U-1");
  static final OrganizationId OTHER_UNION = OrganizationId.of("U-9");
  static final OrganizationId BRANCH_ID = OrganizationId.of("PO-1");
  static final OrganizationId WORKING_COMMITTEE = OrganizationId.of("PO-W");
  static final Subject BRANCH = Subject.partyOrganization(BRANCH_ID);
  static final Subject UNION_COMMITTEE = Subject.unionOrganization(UNION);
  static final Subject HIGHER = Subject.partyOrganization(WORKING_COMMITTEE);
  static final PersonId APPLICANT = PersonId.of("P-1");
  static final PersonId CHAIR = PersonId.of("P-2");
  static final PersonId FULL_A = PersonId.of("P-11");
  static final PersonId FULL_B = PersonId.of("P-12");
  static final PersonId PROBATIONER = PersonId.of("P-13");
  static final PersonId DISCIPLINED = PersonId.of("P-14");
  static final PersonId STRANGER = PersonId.of("P-99");

  static final LocalDate APPLIED = LocalDate.of(2022, 3, 1);
  static final LocalDate TALKED = LocalDate.of(2022, 3, 20);
  static final LocalDate NOMINATED = LocalDate.of(2022, 4, 1);
  static final LocalDate RECOMMENDED = LocalDate.of(2022, 4, 10);
  static final LocalDate ACTIVIST = LocalDate.of(2022, 4, 20);
  static final LocalDate ACTIVIST_FILED = LocalDate.of(2022, 4, 25);
  static final LocalDate REVIEW_1 = LocalDate.of(2022, 10, 20);
  static final LocalDate REVIEW_2 = LocalDate.of(2023, 4, 20);

  /** Exactly one year after {@link #ACTIVIST}. */
  static final LocalDate TARGET = LocalDate.of(2023, 4, 20);

  static final LocalDate TARGET_FILED = LocalDate.of(2023, 4, 25);
  static final LocalDate INTRODUCED = LocalDate.of(2023, 5, 1);
  static final LocalDate POLITICALLY_REVIEWED = LocalDate.of(2023, 6, 1);
  static final LocalDate TRAINED = LocalDate.of(2023, 6, 10);
  static final LocalDate PRE_REVIEWED = LocalDate.of(2023, 7, 3);

  /** A Monday. */
  static final LocalDate MEETING = LocalDate.of(2023, 7, 17);

  static final LocalDate APPROVED = LocalDate.of(2023, 8, 15);

  /** One year after {@link #MEETING}: the end of probation. */
  static final LocalDate PROBATION_END = LocalDate.of(2024, 7, 17);

  private Fixtures() {}

  static Person applicant() {
    return applicantBorn(LocalDate.of(1995, 5, 10));
  }

  static Person applicantBorn(LocalDate born) {
    return Person.builder()
        .id(APPLICANT)
        .name("李明")
        .birthDate(born)
        .employment(Employment.of(WEIDE, LocalDate.of(2021, 6, 1), EmploymentRole.STAFF))
        .unionMembership(UnionMembership.active(UNION, LocalDate.of(2021, 7, 1)))
        .build();
  }

  static Person member(PersonId id, PartyStanding standing) {
    return Person.builder()
        .id(id)
        .name("党员" + id.value())
        .birthDate(LocalDate.of(1980, 1, 1))
        .employment(Employment.of(WEIDE, LocalDate.of(2010, 1, 1), EmploymentRole.STAFF))
        .partyStanding(standing)
        .unionMembership(UnionMembership.active(UNION, LocalDate.of(2010, 1, 1)))
        .build();
  }

  static Person fullMember(PersonId id) {
    return member(id, PartyStanding.fullMember(LocalDate.of(2005, 7, 1)));
  }

  static Person probationer() {
    return member(PROBATIONER, PartyStanding.probationaryMember(LocalDate.of(2023, 1, 10)));
  }

  static Person disciplined() {
    return member(
        DISCIPLINED,
        PartyStanding.builder()
            .stage(PartyStage.FULL)
            .fullSince(LocalDate.of(2001, 7, 1))
            .underDisciplinaryProbation(true)
            .build());
  }

  // ---- The standard development path, union channel ----

  static ApplicationReceived application() {
    return ApplicationReceived.of(APPLIED, applicant(), TOWN, BRANCH);
  }

  static ImmutableList<DevelopmentEvent> pathToApplicant() {
    return ImmutableList.of(application(), ApplicantTalked.of(TALKED, APPLICANT, BRANCH));
  }

  static ImmutableList<DevelopmentEvent> pathToActivist() {
    return ImmutableList.<DevelopmentEvent>builder()
        .addAll(pathToApplicant())
        .add(UnionNominated.of(NOMINATED, applicant(), UNION, UNION_COMMITTEE))
        .add(UnionRecommended.of(RECOMMENDED, applicant(), UNION, UNION_COMMITTEE))
        .add(ActivistDetermined.byUnionRecommendation(ACTIVIST, APPLICANT, BRANCH))
        .add(ActivistFiled.of(ACTIVIST_FILED, APPLICANT, BRANCH))
        .add(ActivistReviewed.of(REVIEW_1, APPLICANT, BRANCH))
        .add(ActivistReviewed.of(REVIEW_2, APPLICANT, BRANCH))
        .build();
  }

  static ImmutableList<DevelopmentEvent> pathToTarget() {
    return ImmutableList.<DevelopmentEvent>builder()
        .addAll(pathToActivist())
        .add(DevelopmentTargetDetermined.of(TARGET, APPLICANT, BRANCH))
        .add(DevelopmentTargetFiled.of(TARGET_FILED, APPLICANT, BRANCH))
        .add(
            IntroducersAssigned.of(
                INTRODUCED, APPLICANT, BRANCH, List.of(fullMember(FULL_A), fullMember(FULL_B))))
        .add(PoliticalReviewCompleted.of(POLITICALLY_REVIEWED, APPLICANT, BRANCH))
        .add(TrainingCompleted.of(TRAINED, APPLICANT, HIGHER, 3, 0))
        .add(PreReviewCompleted.of(PRE_REVIEWED, APPLICANT, HIGHER))
        .build();
  }

  static AdmissionVoted vote() {
    return AdmissionVoted.of(MEETING, APPLICANT, BRANCH, 9, 7, 5, 0);
  }

  static ImmutableList<DevelopmentEvent> pathToProbation() {
    return ImmutableList.<DevelopmentEvent>builder()
        .addAll(pathToTarget())
        .add(vote())
        .add(AdmissionApproved.of(APPROVED, APPLICANT, HIGHER))
        .build();
  }

  static ImmutableList<DevelopmentEvent> fullPath() {
    return ImmutableList.<DevelopmentEvent>builder()
        .addAll(pathToProbation())
        .add(ProbationConverted.of(PROBATION_END, APPLICANT, BRANCH))
        .build();
  }

  /** Replays events under the national policy and asserts every one is accepted. */
  static MembershipDevelopment developed(List<? extends DevelopmentEvent> events) {
    return developed(NATIONAL, WorkingCalendar.weekends(), events);
  }

  static MembershipDevelopment developed(
      Policy policy, WorkingCalendar calendar, List<? extends DevelopmentEvent> events) {
    Transition<MembershipDevelopment> t =
        MembershipDevelopment.replay(APPLICANT, policy, calendar, events);
    assertThat(t.rejections()).as("rejections of %s", events).isEmpty();
    return t.state();
  }

  /** Asserts a rejection under the given rule that leaves the very same state, and returns it. */
  static <W> Decision rejected(W before, Transition<W> t, String ruleId) {
    assertThat(t.isRejected()).as("rejected: %s", t).isTrue();
    assertThat(t.state()).isSameAs(before);
    return t.rejections().stream()
        .filter(d -> d.ruleId().value().equals(ruleId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no rejection under " + ruleId + " in " + t));
  }

  static Object argument(Reason reason, String name) {
    return reason.argument(name).orElseThrow().value();
  }

  static java.math.BigDecimal number(long value) {
    return java.math.BigDecimal.valueOf(value);
  }

  static Period months(int months) {
    return Period.ofMonths(months);
  }

  // ---- A jurisdiction for DUAL-REC-1: an enterprise with a union and no party organisation ----

  static Person chair(PartyStanding standing) {
    return Person.builder()
        .id(CHAIR)
        .name("张伟")
        .birthDate(LocalDate.of(1980, 4, 2))
        .employment(Employment.of(WEIDE, LocalDate.of(2010, 1, 1), EmploymentRole.STAFF))
        .partyStanding(standing)
        .unionMembership(UnionMembership.active(UNION, LocalDate.of(2010, 1, 1)))
        .build();
  }

  static UnionOrganization union() {
    return UnionOrganization.builder()
        .id(UNION)
        .name("伟德电子有限公司工会委员会")
        .form(UnionForm.ENTERPRISE_COMMITTEE)
        .addCoveredEnterprises(WEIDE)
        .region(TOWN)
        .chair(CHAIR)
        .founded(LocalDate.of(2005, 5, 1))
        .termStart(LocalDate.of(2021, 5, 1))
        .termYears(5)
        .build();
  }

  static Jurisdiction.Builder world(Person chair, Person... others) {
    Jurisdiction.Builder b =
        Jurisdiction.builder()
            .addRegion(Region.builder().id(CITY).name("苏州市").level(RegionLevel.CITY).build())
            .addRegion(
                Region.builder().id(TOWN).name("同里镇").level(RegionLevel.TOWN).parent(CITY).build())
            .addRegion(
                Region.builder()
                    .id(OTHER_TOWN)
                    .name("震泽镇")
                    .level(RegionLevel.TOWN)
                    .parent(CITY)
                    .build())
            .addEnterprise(
                Enterprise.builder()
                    .id(WEIDE)
                    .name("伟德电子有限公司")
                    .ownership(Ownership.FOREIGN_INVESTED)
                    .region(TOWN)
                    .headcount(320)
                    .femaleHeadcount(140)
                    .founded(LocalDate.of(2004, 5, 1))
                    .build())
            .addUnionOrganization(union())
            .addPerson(chair);
    for (Person other : others) {
      b.addPerson(other);
    }
    return b;
  }

  static PartyOrganization branchFounded(LocalDate founded) {
    return PartyOrganization.builder()
        .id(BRANCH_ID)
        .name("伟德电子有限公司党支部")
        .form(PartyForm.BRANCH)
        .addCoveredEnterprises(WEIDE)
        .region(TOWN)
        .founded(founded)
        .termStart(founded)
        .termYears(3)
        .build();
  }
}
