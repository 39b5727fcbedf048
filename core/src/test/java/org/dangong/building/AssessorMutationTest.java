package org.dangong.building;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangong.building.Town.AS_OF;
import static org.dangong.building.Town.HIRED;
import static org.dangong.building.Town.PARK;
import static org.dangong.building.Town.TOWN;
import static org.dangong.building.Town.TOWN2;
import static org.dangong.building.Town.enterprise;
import static org.dangong.building.Town.party;
import static org.dangong.building.Town.person;
import static org.dangong.building.Town.union;
import static org.dangong.decision.ReasonLookup.keys;
import static org.dangong.decision.ReasonLookup.only;

import java.time.LocalDate;
import java.util.List;
import org.dangong.decision.Decision;
import org.dangong.decision.Reason;
import org.dangong.decision.Rule;
import org.dangong.decision.Verdict;
import org.dangong.model.Employment;
import org.dangong.model.EmploymentRole;
import org.dangong.model.EnterpriseId;
import org.dangong.model.EnterpriseStatus;
import org.dangong.model.Jurisdiction;
import org.dangong.model.MembershipStatus;
import org.dangong.model.OrganizationId;
import org.dangong.model.PartyForm;
import org.dangong.model.PartyStanding;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.model.Training;
import org.dangong.model.TrainingKind;
import org.dangong.model.UnionForm;
import org.dangong.model.UnionMembership;
import org.dangong.policy.Policy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The assessment of one enterprise in detail: exactly which reasons each decision and action
 * carries, in which order, with which arguments and citations, and the thresholds at their values.
 */
class AssessorMutationTest {
  private static final BuildingEngine ENGINE = BuildingEngine.of(Policy.national());

  private static EnterpriseAssessment assess(Jurisdiction j, String enterprise) {
    return ENGINE.assess(j, EnterpriseId.of(enterprise), AS_OF);
  }

  private static Decision decision(EnterpriseAssessment a, Rule rule) {
    return a.decision(rule)
        .orElseThrow(() -> new AssertionError("no " + rule.id() + " in " + a.decisions()));
  }

  private static BuildingAction action(EnterpriseAssessment a, ActionKind kind) {
    return a.action(kind)
        .orElseThrow(() -> new AssertionError("no " + kind + " in " + a.actions()));
  }

  private static String arg(Reason r, String name) {
    return String.valueOf(
        r.argument(name).orElseThrow(() -> new AssertionError(name + " in " + r)).value());
  }

  /** A person employed by the enterprise since {@link Town#HIRED}, born in 1985, not a member. */
  private static Person.Builder worker(String id, String enterprise) {
    return Person.builder()
        .id(PersonId.of(id))
        .name("职工" + id)
        .birthDate(LocalDate.of(1985, 1, 1))
        .employment(Employment.of(EnterpriseId.of(enterprise), HIRED, EmploymentRole.STAFF));
  }

  private static Training chairTraining(LocalDate date) {
    return Training.of(TrainingKind.UNION_CHAIR, date, 16);
  }

  // ---- coverage ----

  @Test
  @DisplayName(
      "Coverage (PARTY-CONST Art. 30, UNION-LAW Art. 11): the decision names each covering"
          + " organisation, or says there is none, and says when the enterprise is closed")
  void coverageNamesEveryOrganizationOrItsAbsence() {
    Jurisdiction j =
        new Town()
            .add(enterprise("E1", TOWN, 10))
            .add(enterprise("E2", TOWN, 10))
            .add(enterprise("E3", TOWN, 10).status(EnterpriseStatus.CLOSED))
            .staff("E2", 3, 0, 2)
            .add(party("PO2", PartyForm.BRANCH, TOWN, "E2"))
            .add(union("U2", UnionForm.ENTERPRISE_COMMITTEE, TOWN, "E2"))
            .build();
    assertThat(keys(decision(assess(j, "E1"), BuildingRules.COVERAGE)))
        .containsExactly(
            MessageKeys.COVERAGE, MessageKeys.NO_PARTY_ORGANIZATION, MessageKeys.NO_UNION);
    Decision covered = decision(assess(j, "E2"), BuildingRules.COVERAGE);
    assertThat(keys(covered))
        .containsExactly(MessageKeys.COVERAGE, MessageKeys.COVERED_BY, MessageKeys.COVERED_BY);
    assertThat(covered.reasons().subList(1, 3))
        .extracting(r -> arg(r, "organization"))
        .containsExactly("PO2", "U2");
    EnterpriseAssessment closed = assess(j, "E3");
    assertThat(closed.inScope()).isFalse();
    assertThat(keys(decision(closed, BuildingRules.COVERAGE)))
        .containsExactly(
            MessageKeys.COVERAGE,
            MessageKeys.NO_PARTY_ORGANIZATION,
            MessageKeys.NO_UNION,
            MessageKeys.CLOSED);
  }

  // ---- party scale and leadership ----

  @Test
  @DisplayName(
      "PARTY-CONST Art. 30: from 50 members a general branch, from 100 a primary committee, is the"
          + " default; a unit's own general branch or committee is weighed against its size too")
  void partyScaleForLargeRequirementsAndLargeOrganizations() {
    Jurisdiction j =
        new Town()
            .add(enterprise("G1", TOWN, 60))
            .add(enterprise("G2", TOWN, 60))
            .add(enterprise("P1", TOWN, 120))
            .add(enterprise("S1", TOWN, 10))
            .add(enterprise("S2", TOWN, 10))
            .add(enterprise("S3", TOWN, 10))
            .staff("G1", 10, 40, 0)
            .staff("G2", 10, 40, 0)
            .staff("P1", 10, 90, 0)
            .staff("S1", 5, 0, 0)
            .staff("S2", 5, 0, 0)
            .staff("S3", 5, 0, 0)
            .add(party("PG1", PartyForm.BRANCH, TOWN, "G1"))
            .add(party("PG2", PartyForm.GENERAL_BRANCH, TOWN, "G2"))
            .add(party("PP1", PartyForm.BRANCH, TOWN, "P1"))
            .add(party("PS1", PartyForm.GENERAL_BRANCH, TOWN, "S1"))
            .add(party("PS2", PartyForm.PRIMARY_COMMITTEE, TOWN, "S2"))
            .add(party("PS3", PartyForm.BRANCH, TOWN, "S3"))
            .build();

    Decision g1 = decision(assess(j, "G1"), BuildingRules.PARTY_SCALE);
    assertThat(g1.verdict()).as("50 members in a branch").isEqualTo(Verdict.ADVISORY);
    assertThat(keys(g1))
        .containsExactly(MessageKeys.GENERAL_BRANCH_DEFAULT, MessageKeys.CURRENT_FORM);
    assertThat(arg(only(g1, MessageKeys.CURRENT_FORM), "organization")).isEqualTo("PG1");
    assertThat(arg(only(g1, MessageKeys.GENERAL_BRANCH_DEFAULT), "members")).isEqualTo("50");

    assertThat(decision(assess(j, "G2"), BuildingRules.PARTY_SCALE).verdict())
        .as("50 members in a general branch")
        .isEqualTo(Verdict.SATISFIED);

    Decision p1 = decision(assess(j, "P1"), BuildingRules.PARTY_SCALE);
    assertThat(p1.verdict()).as("100 members in a branch").isEqualTo(Verdict.ADVISORY);
    assertThat(keys(p1))
        .containsExactly(MessageKeys.PRIMARY_COMMITTEE_DEFAULT, MessageKeys.CURRENT_FORM);

    Decision s1 = decision(assess(j, "S1"), BuildingRules.PARTY_SCALE);
    assertThat(s1.verdict()).as("5 members in a general branch").isEqualTo(Verdict.ADVISORY);
    assertThat(keys(s1)).containsExactly(MessageKeys.BRANCH_DEFAULT, MessageKeys.CURRENT_FORM);
    assertThat(arg(only(s1, MessageKeys.CURRENT_FORM), "organization")).isEqualTo("PS1");

    Decision s2 = decision(assess(j, "S2"), BuildingRules.PARTY_SCALE);
    assertThat(s2.verdict()).as("5 members in a primary committee").isEqualTo(Verdict.ADVISORY);
    assertThat(arg(only(s2, MessageKeys.CURRENT_FORM), "organization")).isEqualTo("PS2");

    assertThat(assess(j, "S3").decision(BuildingRules.PARTY_SCALE))
        .as("5 members in a branch: nothing to weigh")
        .isEmpty();
  }

  @Test
  @DisplayName(
      "BRANCH-REG Art. 20: a branch of 7 full members needs a committee, one of 6 a secretary; the"
          + " decision says whether the branch has a committee and of how many")
  void branchLeadershipAtSevenFullMembers() {
    Jurisdiction j =
        new Town()
            .add(enterprise("B7C", TOWN, 10))
            .add(enterprise("B7", TOWN, 10))
            .add(enterprise("B6C", TOWN, 10))
            .add(enterprise("B6", TOWN, 10))
            .staff("B7C", 7, 0, 0)
            .staff("B7", 7, 0, 0)
            .staff("B6C", 6, 0, 0)
            .staff("B6", 6, 0, 0)
            .add(
                party("P7C", PartyForm.BRANCH, TOWN, "B7C")
                    .addCommitteeMembers(person("B7C", 1), person("B7C", 2), person("B7C", 3)))
            .add(party("P7", PartyForm.BRANCH, TOWN, "B7"))
            .add(
                party("P6C", PartyForm.BRANCH, TOWN, "B6C")
                    .addCommitteeMembers(person("B6C", 1), person("B6C", 2), person("B6C", 3)))
            .add(party("P6", PartyForm.BRANCH, TOWN, "B6"))
            .build();

    Decision sevenWith = decision(assess(j, "B7C"), BuildingRules.BRANCH_LEADERSHIP);
    assertThat(sevenWith.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(keys(sevenWith))
        .containsExactly(MessageKeys.BRANCH_COMMITTEE, MessageKeys.HAS_COMMITTEE);
    assertThat(arg(only(sevenWith, MessageKeys.HAS_COMMITTEE), "committeeMembers"))
        .isEqualTo("3");
    assertThat(arg(only(sevenWith, MessageKeys.HAS_COMMITTEE), "organization")).isEqualTo("P7C");

    Decision sevenWithout = decision(assess(j, "B7"), BuildingRules.BRANCH_LEADERSHIP);
    assertThat(sevenWithout.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(keys(sevenWithout))
        .containsExactly(MessageKeys.BRANCH_COMMITTEE, MessageKeys.HAS_NO_COMMITTEE);

    Decision sixWith = decision(assess(j, "B6C"), BuildingRules.BRANCH_LEADERSHIP);
    assertThat(sixWith.verdict()).isEqualTo(Verdict.ADVISORY);
    assertThat(keys(sixWith))
        .containsExactly(MessageKeys.BRANCH_SECRETARY, MessageKeys.HAS_COMMITTEE);

    Decision sixWithout = decision(assess(j, "B6"), BuildingRules.BRANCH_LEADERSHIP);
    assertThat(sixWithout.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(keys(sixWithout))
        .containsExactly(MessageKeys.BRANCH_SECRETARY, MessageKeys.HAS_NO_COMMITTEE);
    assertThat(arg(only(sixWithout, MessageKeys.HAS_NO_COMMITTEE), "organization"))
        .isEqualTo("P6");
  }

  // ---- union decisions ----

  @Test
  @DisplayName(
      "UNION-LAW Art. 14 and Art. 11: the chair decision names a full-time or part-time chair; the"
          + " women's work decision has no second reason without female staff and names the"
          + " covering union or its absence")
  void chairAndWomenWorkReasons() {
    Jurisdiction j =
        new Town()
            .add(enterprise("F1", TOWN, 30))
            .add(enterprise("F2", TOWN, 30))
            .add(enterprise("W1", TOWN, 30).femaleHeadcount(10))
            .add(enterprise("W2", TOWN, 30).femaleHeadcount(10))
            .add(enterprise("W3", TOWN, 30))
            .add(union("UF1", UnionForm.ENTERPRISE_COMMITTEE, TOWN, "F1").fullTimeChair(true))
            .add(union("UF2", UnionForm.ENTERPRISE_COMMITTEE, TOWN, "F2"))
            .add(union("UJ", UnionForm.JOINT_COMMITTEE, TOWN, "W1", "W3"))
            .build();

    Decision fullTime = decision(assess(j, "F1"), BuildingRules.FULL_TIME_CHAIR);
    assertThat(keys(fullTime))
        .containsExactly(
            MessageKeys.FULL_TIME_CHAIR_NOT_PROVIDED, MessageKeys.CURRENT_FULL_TIME_CHAIR);
    assertThat(arg(only(fullTime, MessageKeys.CURRENT_FULL_TIME_CHAIR), "organization"))
        .isEqualTo("UF1");
    assertThat(keys(decision(assess(j, "F2"), BuildingRules.FULL_TIME_CHAIR)))
        .containsExactly(
            MessageKeys.FULL_TIME_CHAIR_NOT_PROVIDED, MessageKeys.CURRENT_PART_TIME_CHAIR);

    Decision noWomen = decision(assess(j, "F1"), BuildingRules.WOMEN_WORK);
    assertThat(noWomen.verdict()).isEqualTo(Verdict.INFORMATIONAL);
    assertThat(keys(noWomen)).containsExactly(MessageKeys.NO_FEMALE_STAFF);
    assertThat(keys(decision(assess(j, "W3"), BuildingRules.WOMEN_WORK)))
        .as("covered by a joint committee, without female staff")
        .containsExactly(MessageKeys.NO_FEMALE_STAFF);

    Decision joint = decision(assess(j, "W1"), BuildingRules.WOMEN_WORK);
    assertThat(joint.verdict()).isEqualTo(Verdict.INFORMATIONAL);
    assertThat(keys(joint))
        .containsExactly(MessageKeys.WOMENS_COMMITTEE, MessageKeys.NO_OWN_COMMITTEE);
    Reason noOwn = only(joint, MessageKeys.NO_OWN_COMMITTEE);
    assertThat(arg(noOwn, "organization")).isEqualTo("UJ");
    assertThat(arg(noOwn, "coverage")).isEqualTo(UnionCoverage.JOINT_COMMITTEE.toString());

    Decision none = decision(assess(j, "W2"), BuildingRules.WOMEN_WORK);
    assertThat(none.verdict()).isEqualTo(Verdict.INFORMATIONAL);
    assertThat(keys(none))
        .containsExactly(MessageKeys.WOMENS_COMMITTEE, MessageKeys.NOT_YET_FOUNDED);
  }

  // ---- organisations ----

  @Test
  @DisplayName(
      "LEAD-TRAIN: a chair trained on the first day of the 3-year window is trained, one trained"
          + " the day before is not, one never trained is told so; the latest union-chair training"
          + " up to the date counts; organisers are not assessed")
  void chairTrainingWindowAndLatestTraining() {
    Person trained =
        worker("C1", "T1")
            .addTrainings(
                chairTraining(LocalDate.of(2019, 3, 1)),
                chairTraining(LocalDate.of(2022, 6, 30)),
                chairTraining(LocalDate.of(2021, 1, 1)))
            .build();
    Person lapsed =
        worker("C2", "T2")
            .addTrainings(
                chairTraining(LocalDate.of(2022, 6, 29)),
                chairTraining(LocalDate.of(2025, 7, 1)),
                Training.of(TrainingKind.PARTY_SECRETARY, LocalDate.of(2025, 1, 1), 16))
            .build();
    Person never = worker("C3", "T3").build();
    Person organizer =
        worker("C4", "T4").addTrainings(chairTraining(LocalDate.of(2025, 1, 1))).build();
    Jurisdiction j =
        new Town()
            .add(enterprise("T1", TOWN, 10))
            .add(enterprise("T2", TOWN, 10))
            .add(enterprise("T3", TOWN, 10))
            .add(enterprise("T4", TOWN, 10))
            .person(trained)
            .person(lapsed)
            .person(never)
            .person(organizer)
            .add(union("U1", UnionForm.ENTERPRISE_COMMITTEE, TOWN, "T1").chair(PersonId.of("C1")))
            .add(union("U2", UnionForm.ENTERPRISE_COMMITTEE, TOWN, "T2").chair(PersonId.of("C2")))
            .add(union("U3", UnionForm.JOINT_COMMITTEE, TOWN, "T3").chair(PersonId.of("C3")))
            .add(union("U4", UnionForm.ORGANIZER, TOWN, "T4").chair(PersonId.of("C4")))
            .build();

    Decision first = chairTraining(assess(j, "T1"));
    assertThat(first.verdict()).isEqualTo(Verdict.SATISFIED);
    Reason yes = only(first, MessageKeys.CHAIR_TRAINED);
    assertThat(arg(yes, "date")).isEqualTo("2022-06-30");
    assertThat(arg(yes, "person")).isEqualTo("C1");
    assertThat(arg(yes, "window")).isEqualTo("P3Y");

    Decision second = chairTraining(assess(j, "T2"));
    assertThat(second.verdict()).isEqualTo(Verdict.ADVISORY);
    assertThat(arg(only(second, MessageKeys.CHAIR_NOT_TRAINED), "date")).isEqualTo("2022-06-29");

    Decision third = chairTraining(assess(j, "T3"));
    assertThat(third.verdict()).isEqualTo(Verdict.ADVISORY);
    assertThat(keys(third)).containsExactly(MessageKeys.CHAIR_NEVER_TRAINED);

    assertThat(assess(j, "T4").organizationDecisions())
        .as("an organiser's chair is not assessed")
        .noneMatch(d -> d.ruleId().equals(BuildingRules.CHAIR_TRAINING.id()));

    BuildingReport report = ENGINE.evaluate(j, AS_OF);
    assertThat(report.totals().trainedChairs()).isEqualTo(Share.of(1, 3));
  }

  private static Decision chairTraining(EnterpriseAssessment a) {
    List<Decision> found =
        a.organizationDecisions().stream()
            .filter(d -> d.ruleId().equals(BuildingRules.CHAIR_TRAINING.id()))
            .toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  @DisplayName(
      "LEAD-TRAIN: a joint committee's chair is counted once, in the region of the committee's"
          + " enterprise with the lowest id (not the first or last listed), and not at all when"
          + " that enterprise is out of scope")
  void jointCommitteeChairCountedWhereItsFirstEnterpriseIs() {
    Person chair =
        worker("C5", "J1").addTrainings(chairTraining(LocalDate.of(2024, 1, 1))).build();
    Jurisdiction j =
        new Town()
            .add(enterprise("J1", TOWN2, 10))
            .add(enterprise("J2", TOWN, 10))
            .add(enterprise("J3", TOWN, 10))
            .person(chair)
            .add(
                union("UJ", UnionForm.JOINT_COMMITTEE, TOWN, "J2", "J1", "J3")
                    .chair(PersonId.of("C5")))
            .build();
    BuildingReport all = ENGINE.evaluate(j, AS_OF);
    assertThat(all.totals().trainedChairs()).isEqualTo(Share.of(1, 1));
    assertThat(all.region(TOWN2).orElseThrow().direct().trainedChairs()).isEqualTo(Share.of(1, 1));
    assertThat(all.region(TOWN).orElseThrow().direct().trainedChairs()).isEqualTo(Share.of(0, 0));

    BuildingReport town = ENGINE.evaluate(j, TOWN, AS_OF);
    assertThat(town.assessments())
        .extracting(a -> a.enterprise().value())
        .containsExactly("J2", "J3");
    assertThat(town.totals().trainedChairs()).isEqualTo(Share.of(0, 0));
  }

  @Test
  @DisplayName(
      "LEAD-TEAM: an expired primary committee's term cites PARTY-CONST Art. 31, a branch's"
          + " BRANCH-REG Art. 21; organisation decisions are ordered by organisation, then rule")
  void expiredTermsAndTheOrderOfOrganizationDecisions() {
    Person chair = worker("C9", "O1").build();
    Jurisdiction j =
        new Town()
            .add(enterprise("O1", TOWN, 10))
            .add(enterprise("O2", TOWN, 10))
            .add(enterprise("O3", TOWN, 120))
            .staff("O1", 1, 0, 0)
            .staff("O3", 10, 90, 0)
            .person(chair)
            .add(
                party("JB", PartyForm.JOINT_BRANCH, TOWN, "O1", "O2")
                    .termStart(LocalDate.of(2021, 7, 1)))
            .add(
                party("PC", PartyForm.PRIMARY_COMMITTEE, TOWN, "O3")
                    .termStart(LocalDate.of(2021, 7, 1)))
            .add(
                union("UZ", UnionForm.ENTERPRISE_COMMITTEE, TOWN, "O1")
                    .termStart(LocalDate.of(2018, 5, 1))
                    .chair(PersonId.of("C9")))
            .add(union("UA", UnionForm.ORGANIZER, TOWN, "O2").termStart(LocalDate.of(2018, 5, 1)))
            .build();

    EnterpriseAssessment o1 = assess(j, "O1");
    assertThat(o1.organizationDecisions())
        .extracting(d -> d.subject().id() + " " + d.ruleId().value())
        .containsExactly(
            "JB BUILDING.BRANCH-LEADERSHIP",
            "JB BUILDING.TERM-EXPIRED",
            "UZ BUILDING.CHAIR-TRAINING",
            "UZ BUILDING.TERM-EXPIRED");
    Decision branchTerm = o1.organizationDecisions().get(1);
    assertThat(branchTerm.reasons().get(0).citations())
        .containsExactly(BuildingRules.TERM_OPINION_1, BuildingRules.BRANCH_REG_21);

    Decision committeeTerm =
        assess(j, "O3").organizationDecisions().stream()
            .filter(d -> d.subject().id().equals("PC"))
            .findFirst()
            .orElseThrow();
    assertThat(committeeTerm.ruleId()).isEqualTo(BuildingRules.TERM_EXPIRED.id());
    assertThat(committeeTerm.reasons().get(0).citations())
        .containsExactly(BuildingRules.TERM_OPINION_1, BuildingRules.PARTY_CONST_31);

    BuildingReport report = ENGINE.evaluate(j, AS_OF);
    assertThat(report.organizationDecisions())
        .extracting(d -> d.subject().id() + " " + d.ruleId().value())
        .containsExactly(
            "JB BUILDING.BRANCH-LEADERSHIP",
            "JB BUILDING.TERM-EXPIRED",
            "PC BUILDING.TERM-EXPIRED",
            "UA BUILDING.TERM-EXPIRED",
            "UZ BUILDING.CHAIR-TRAINING",
            "UZ BUILDING.TERM-EXPIRED");
  }

  @Test
  @DisplayName(
      "BRANCH-REG Art. 4: a branch of 51 party members is above the advisory 50, one of exactly 50"
          + " is not")
  void branchAboveFiftyMembers() {
    Jurisdiction j =
        new Town()
            .add(enterprise("M51", TOWN, 60))
            .add(enterprise("M50", TOWN, 60))
            .staff("M51", 11, 40, 0)
            .staff("M50", 10, 40, 0)
            .add(party("B51", PartyForm.BRANCH, TOWN, "M51"))
            .add(party("B50", PartyForm.BRANCH, TOWN, "M50"))
            .build();
    Decision size =
        assess(j, "M51").organizationDecisions().stream()
            .filter(d -> d.ruleId().equals(BuildingRules.BRANCH_SIZE.id()))
            .findFirst()
            .orElseThrow();
    assertThat(size.verdict()).isEqualTo(Verdict.ADVISORY);
    Reason above = only(size, MessageKeys.BRANCH_ABOVE_ADVISORY);
    assertThat(arg(above, "members")).isEqualTo("51");
    assertThat(arg(above, "maximum")).isEqualTo("50");
    assertThat(assess(j, "M50").organizationDecisions())
        .noneMatch(d -> d.ruleId().equals(BuildingRules.BRANCH_SIZE.id()));
  }

  // ---- actions ----

  @Test
  @DisplayName(
      "MUTUAL-P2U: party members join first only where there are any; 25 union members reach the"
          + " threshold; 25 staff are no longer a small enterprise, 24 are")
  void partyToUnionReasonsAtTheirThresholds() {
    Town t =
        new Town()
            .add(enterprise("Q0", TOWN, 10))
            .add(enterprise("Q1", TOWN, 10))
            .add(enterprise("Q24", TOWN, 24))
            .add(enterprise("Q25", TOWN, 25))
            .add(enterprise("QT", TOWN, 30))
            .staff("Q1", 0, 1, 0)
            .staff("QT", 0, 0, 25, 25, "TU")
            .add(party("JB", PartyForm.JOINT_BRANCH, TOWN, "Q0", "Q1", "Q24", "Q25", "QT"))
            .add(union("TU", UnionForm.TOWN_UNION, TOWN));
    Jurisdiction j = t.build();

    Decision q0 = action(assess(j, "Q0"), ActionKind.MUTUAL_P2U).decision();
    assertThat(keys(q0))
        .containsExactly(MessageKeys.P2U_PARTY_LEADS, MessageKeys.P2U_SMALL_ENTERPRISE);
    assertThat(arg(only(q0, MessageKeys.P2U_PARTY_LEADS), "organizations")).isEqualTo("JB");

    Decision q1 = action(assess(j, "Q1"), ActionKind.MUTUAL_P2U).decision();
    assertThat(keys(q1))
        .containsExactly(
            MessageKeys.P2U_PARTY_LEADS,
            MessageKeys.P2U_MEMBERS_JOIN_FIRST,
            MessageKeys.P2U_SMALL_ENTERPRISE);
    Reason join = only(q1, MessageKeys.P2U_MEMBERS_JOIN_FIRST);
    assertThat(arg(join, "partyMembers")).isEqualTo("1");
    assertThat(arg(join, "notInUnion")).isEqualTo("1");
    assertThat(join.citations()).containsExactly(BuildingRules.UNION_LAW_3);

    assertThat(keys(action(assess(j, "Q24"), ActionKind.MUTUAL_P2U).decision()))
        .containsExactly(MessageKeys.P2U_PARTY_LEADS, MessageKeys.P2U_SMALL_ENTERPRISE);
    Decision q25 = action(assess(j, "Q25"), ActionKind.MUTUAL_P2U).decision();
    assertThat(keys(q25))
        .containsExactly(MessageKeys.P2U_PARTY_LEADS, MessageKeys.P2U_MEMBERS_NEEDED);
    assertThat(arg(only(q25, MessageKeys.P2U_MEMBERS_NEEDED), "needed")).isEqualTo("25");

    EnterpriseAssessment qt = assess(j, "QT");
    assertThat(qt.unionMembers()).isEqualTo(25);
    assertThat(qt.unionCoverage()).isEqualTo(UnionCoverage.NONE);
    Decision reached = action(qt, ActionKind.MUTUAL_P2U).decision();
    assertThat(keys(reached))
        .containsExactly(MessageKeys.P2U_PARTY_LEADS, MessageKeys.P2U_THRESHOLD_REACHED);
    assertThat(arg(only(reached, MessageKeys.P2U_THRESHOLD_REACHED), "members")).isEqualTo("25");
  }

  @Test
  @DisplayName(
      "MUTUAL-U2P / DUAL-REC-1: a chair employed elsewhere, one who is not a member and one under"
          + " disciplinary probation are not recommended; without applicants none are recommended")
  void unionToPartyChairsWhoAreNotRecommended() {
    Person elsewhere =
        worker("C1", "X1")
            .partyStanding(PartyStanding.fullMember(LocalDate.of(2010, 7, 1)))
            .build();
    Person notMember = worker("C2", "V2").build();
    Person disciplined =
        worker("C3", "V3")
            .partyStanding(
                PartyStanding.fullMember(LocalDate.of(2010, 7, 1))
                    .withUnderDisciplinaryProbation(true))
            .build();
    Jurisdiction j =
        new Town()
            .add(enterprise("V1", TOWN, 10))
            .add(enterprise("V2", TOWN, 10))
            .add(enterprise("V3", TOWN, 10))
            .add(enterprise("X1", TOWN, 10))
            .person(elsewhere)
            .person(notMember)
            .person(disciplined)
            .add(union("U1", UnionForm.ENTERPRISE_COMMITTEE, TOWN, "V1").chair(PersonId.of("C1")))
            .add(union("U2", UnionForm.ENTERPRISE_COMMITTEE, TOWN, "V2").chair(PersonId.of("C2")))
            .add(union("U3", UnionForm.ENTERPRISE_COMMITTEE, TOWN, "V3").chair(PersonId.of("C3")))
            .build();

    BuildingAction v1 = action(assess(j, "V1"), ActionKind.MUTUAL_U2P);
    assertThat(keys(v1.decision()))
        .containsExactly(
            MessageKeys.U2P_UNION_FIRST,
            MessageKeys.U2P_CHAIR_ELSEWHERE,
            MessageKeys.U2P_NO_APPLICANTS,
            MessageKeys.U2P_FULL_MEMBERS_NEEDED);
    assertThat(v1.recommendedChair()).isEmpty();
    assertThat(only(v1.decision(), MessageKeys.U2P_NO_APPLICANTS).citations())
        .containsExactly(BuildingRules.DEVELOP_REG_8);
    assertThat(keys(action(assess(j, "V2"), ActionKind.MUTUAL_U2P).decision()))
        .contains(MessageKeys.U2P_CHAIR_NOT_MEMBER)
        .doesNotContain(MessageKeys.U2P_CHAIR_ELSEWHERE);
    BuildingAction v3 = action(assess(j, "V3"), ActionKind.MUTUAL_U2P);
    assertThat(keys(v3.decision()))
        .contains(MessageKeys.U2P_CHAIR_DISCIPLINED)
        .doesNotContain(MessageKeys.U2P_RECOMMEND_CHAIR);
    assertThat(v3.recommendedChair()).isEmpty();
  }

  @Test
  @DisplayName(
      "MUTUAL-U2P / DEVELOP-REG Art. 8: applicants in the union from exactly 18 are recommended as"
          + " activists, not at 17; only active union members count")
  void activistsFromEighteenAmongActiveMembers() {
    OrganizationId u = OrganizationId.of("U1");
    Jurisdiction j =
        new Town()
            .add(enterprise("A1", TOWN, 10))
            .person(
                worker("A18", "A1")
                    .birthDate(LocalDate.of(2007, 6, 30))
                    .partyStanding(PartyStanding.applicant(LocalDate.of(2025, 6, 1)))
                    .unionMembership(UnionMembership.active(u, LocalDate.of(2025, 1, 1)))
                    .build())
            .person(
                worker("A17", "A1")
                    .birthDate(LocalDate.of(2007, 7, 1))
                    .partyStanding(PartyStanding.applicant(LocalDate.of(2025, 6, 1)))
                    .unionMembership(UnionMembership.active(u, LocalDate.of(2025, 1, 1)))
                    .build())
            .person(
                worker("AR", "A1")
                    .partyStanding(PartyStanding.applicant(LocalDate.of(2025, 6, 1)))
                    .unionMembership(UnionMembership.of(u, HIRED, MembershipStatus.RETAINED))
                    .build())
            .add(union("U1", UnionForm.ENTERPRISE_COMMITTEE, TOWN, "A1"))
            .build();
    EnterpriseAssessment a = assess(j, "A1");
    assertThat(a.unionMembers()).as("the retained membership is not active").isEqualTo(2);
    BuildingAction u2p = action(a, ActionKind.MUTUAL_U2P);
    assertThat(u2p.activistCandidates()).containsExactly(PersonId.of("A18"));
    Reason activists = only(u2p.decision(), MessageKeys.U2P_RECOMMEND_ACTIVISTS);
    assertThat(arg(activists, "count")).isEqualTo("1");
    assertThat(arg(activists, "age")).isEqualTo("18");
    assertThat(keys(u2p.decision())).contains(MessageKeys.U2P_CHAIR_VACANT);
  }

  @Test
  @DisplayName(
      "SYNC-CLUSTER: a unit of a building area with both organisations needs nothing; one without a"
          + " union founds a federation, one without a party organisation founds one")
  void syncClusterFoundsWhatIsMissing() {
    Jurisdiction j =
        new Town()
            .add(enterprise("K1", TOWN, 10).addClusters(PARK))
            .add(enterprise("K2", TOWN, 10).addClusters(PARK))
            .add(enterprise("K3", TOWN, 10).addClusters(PARK))
            .staff("K1", 3, 0, 0)
            .staff("K2", 3, 0, 0)
            .staff("K3", 1, 0, 0)
            .add(party("P1", PartyForm.BRANCH, TOWN, "K1"))
            .add(party("P2", PartyForm.BRANCH, TOWN, "K2"))
            .add(union("U1", UnionForm.ENTERPRISE_COMMITTEE, TOWN, "K1"))
            .add(union("U3", UnionForm.ENTERPRISE_COMMITTEE, TOWN, "K3"))
            .build();
    assertThat(assess(j, "K1").action(ActionKind.SYNC_CLUSTER)).isEmpty();

    Decision k2 = action(assess(j, "K2"), ActionKind.SYNC_CLUSTER).decision();
    assertThat(keys(k2))
        .containsExactly(MessageKeys.CLUSTER_SMALL, MessageKeys.CLUSTER_FOUND_FEDERATION);
    assertThat(only(k2, MessageKeys.CLUSTER_FOUND_FEDERATION).citations())
        .containsExactly(BuildingRules.UNION_LAW_11_FEDERATION);

    Decision k3 = action(assess(j, "K3"), ActionKind.SYNC_CLUSTER).decision();
    assertThat(keys(k3))
        .containsExactly(MessageKeys.CLUSTER_SMALL, MessageKeys.CLUSTER_FOUND_PARTY);
    assertThat(arg(only(k3, MessageKeys.CLUSTER_FOUND_PARTY), "cluster")).isEqualTo("C1");
    assertThat(only(k3, MessageKeys.CLUSTER_FOUND_PARTY).citations())
        .containsExactly(BuildingRules.BRANCH_REG_5);
  }
}
