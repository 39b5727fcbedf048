package org.dangong.restructuring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dangong.restructuring.SeedCity.*;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.dangong.building.BranchLeadership;
import org.dangong.decision.Decision;
import org.dangong.decision.Verdict;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseId;
import org.dangong.model.EnterpriseStatus;
import org.dangong.model.Jurisdiction;
import org.dangong.model.MembershipStatus;
import org.dangong.model.Ownership;
import org.dangong.model.PartyForm;
import org.dangong.model.PartyOrganization;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.model.UnionForm;
import org.dangong.model.UnionOrganization;
import org.dangong.policy.Policy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Scenarios from the seed (SOE restructuring with 关系接转 and 会籍管理) and one per clause. */
class RestructuringScenarioTest {
  private static final RestructuringEngine ENGINE = RestructuringEngine.of(Policy.national());
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;

  private static Person person(Jurisdiction j, PersonId id) {
    return j.person(id).orElseThrow();
  }

  private static PartyTransfer party(RestructuringPlan plan, PersonId id) {
    return plan.partyTransfer(id).orElseThrow();
  }

  private static MembershipTransfer union(RestructuringPlan plan, PersonId id) {
    return plan.membershipTransfer(id).orElseThrow();
  }

  @Nested
  @DisplayName(
      "SEED SYNC-RESTRUCTURE: a state-owned mill becomes a restructured former state enterprise")
  class SoeRestructuring {
    private final Jurisdiction before = city();
    private final RestructuringPlan plan =
        ENGINE.plan(
            before,
            OwnershipChange.builder()
                .enterprise(SOE)
                .ownership(Ownership.RESTRUCTURED_STATE_OWNED)
                .addAllocations(
                    Allocation.retired(SOE_SECRETARY), Allocation.unemployed(SOE_WORKER))
                .build(),
            DATE);
    private final Jurisdiction after = plan.apply(before);

    @Test
    @DisplayName("关系接转: everyone who stays keeps their relation with the mill's branch")
    void stayersKeepTheirRelation() {
      for (PersonId p :
          new PersonId[] {
            SOE_CHAIR, SOE_MEMBER, SOE_PROBATIONARY, SOE_ACTIVIST, SOE_APPLICANT, SOE_TARGET
          }) {
        PartyTransfer t = party(plan, p);
        assertThat(t.route()).as(p.value()).isEqualTo(PartyRoute.KEPT);
        assertThat(t.holderAfter()).contains(SOE_BRANCH);
        assertThat(person(after, p)).isEqualTo(person(before, p));
      }
    }

    @Test
    @DisplayName(
        "UNION-CONST Art. 8: the retiring secretary and the laid-off worker keep a retained"
            + " membership")
    void departuresKeepARetainedMembership() {
      for (PersonId p : new PersonId[] {SOE_SECRETARY, SOE_WORKER}) {
        MembershipTransfer t = union(plan, p);
        assertThat(t.unionAfter()).contains(SOE_UNION);
        assertThat(t.statusAfter()).contains(MembershipStatus.RETAINED);
        assertThat(t.since()).isEqualTo(LocalDate.of(2000, 3, 1));
        assertThat(t.decision().ruleId()).isEqualTo(RestructuringRules.MEMBERSHIP_RETAINED.id());
        assertThat(t.decision().citations())
            .anyMatch(c -> c.toString().equals("UNION-CONST Art. 8"));
        Person now = person(after, p);
        assertThat(now.employment()).isEmpty();
        assertThat(now.unionMembership().orElseThrow().status())
            .isEqualTo(MembershipStatus.RETAINED);
      }
      assertThat(plan.staffMoves())
          .filteredOn(s -> s.person().equals(SOE_SECRETARY))
          .singleElement()
          .extracting(StaffMove::outcome)
          .isEqualTo(StaffOutcome.RETIRES);
    }

    @Test
    @DisplayName(
        "关系接转: the retired secretary's relation stays with the branch, now named explicitly")
    void retiredSecretaryRelationIsHeldExplicitly() {
      assertThat(party(plan, SOE_SECRETARY).route()).isEqualTo(PartyRoute.KEPT);
      assertThat(person(after, SOE_SECRETARY).partyStanding().organization()).contains(SOE_BRANCH);
    }

    @Test
    @DisplayName("PARTY-CONST Art. 31: the secretary's post is vacant from the restructuring date")
    void secretaryPostFallsVacant() {
      PartyOrganization branch = after.partyOrganization(SOE_BRANCH).orElseThrow();
      assertThat(branch.secretary()).isEmpty();
      assertThat(branch.secretaryVacantSince()).contains(DATE);
      assertThat(plan.vacatedPosts())
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.post()).isEqualTo(OrganizationPost.SECRETARY);
                assertThat(v.formerHolder()).contains(SOE_SECRETARY);
                assertThat(v.decision().verdict()).isEqualTo(Verdict.ADVISORY);
              });
    }

    @Test
    @DisplayName(
        "SYNC-NETWORK: the mill's branch comes under the district's non-public working committee")
    void branchIsReaffiliated() {
      assertThat(after.partyOrganization(SOE_BRANCH).orElseThrow().parent())
          .contains(DISTRICT_COMMITTEE);
      assertThat(plan.partyOrganization(SOE_BRANCH).orElseThrow().decisions())
          .extracting(Decision::ruleId)
          .contains(RestructuringRules.REAFFILIATION.id());
      assertThat(after.enterprise(SOE).orElseThrow().ownership())
          .isEqualTo(Ownership.RESTRUCTURED_STATE_OWNED);
      assertThat(after.enterprise(SOE).orElseThrow().headcount()).isEqualTo(38);
    }

    @Test
    @DisplayName("DEVELOP-REG Art. 11, 13, 32: the pipeline continues with its periods")
    void pipelineContinues() {
      Decision probation = party(plan, SOE_PROBATIONARY).decisions().get(1);
      assertThat(probation.ruleId()).isEqualTo(RestructuringRules.PIPELINE_CONTINUES.id());
      assertThat(probation.render(EN)).contains("2027-01-10").contains("DEVELOP-REG Art. 32");
      Decision activist = party(plan, SOE_ACTIVIST).decisions().get(1);
      assertThat(activist.render(EN))
          .contains("6 months")
          .contains("2026-03-01")
          .contains("DEVELOP-REG Art. 13");
      Decision target = party(plan, SOE_TARGET).decisions().get(1);
      assertThat(target.verdict()).isEqualTo(Verdict.INFORMATIONAL);
      assertThat(person(after, SOE_TARGET).partyStanding())
          .isEqualTo(person(before, SOE_TARGET).partyStanding());
    }

    @Test
    @DisplayName("SYNC-RESTRUCTURE: nobody is lost — seven party people, eight union members")
    void countsReconcile() {
      Reconciliation r = plan.reconciliation();
      assertThat(r.isBalanced()).isTrue();
      assertThat(r.partyIn()).isEqualTo(7);
      assertThat(r.unionIn()).isEqualTo(8);
      assertThat(r.unionRetained()).isEqualTo(2);
      assertThat(r.unionOutside()).isZero();
      assertThat(r.decision().render(ZH)).contains("保留会籍2人");
    }

    @Test
    @DisplayName("every decision renders in Chinese and English")
    void everythingRenders() {
      for (Decision d : plan.decisions()) {
        assertThat(d.render(ZH)).doesNotContain("reason.", "{", "}").containsPattern("\\p{IsHan}");
        assertThat(d.render(EN)).doesNotContain("reason.", "{", "}");
      }
    }
  }

  @Nested
  @DisplayName(
      "SYNC-RESTRUCTURE: the mill closes (破产); one worker is placed with the private company")
  class SoeClosure {
    private final Jurisdiction before = city();
    private final RestructuringPlan plan =
        ENGINE.plan(
            before,
            Closure.builder()
                .enterprise(SOE)
                .addAllocations(
                    Allocation.to(SOE_CHAIR, PRIVATE), Allocation.retired(SOE_SECRETARY))
                .build(),
            DATE);
    private final Jurisdiction after = plan.apply(before);

    @Test
    @DisplayName("PARTY-CONST Art. 30: the mill's branch and union cover nothing and are dissolved")
    void organizationsDissolved() {
      assertThat(plan.partyOrganization(SOE_BRANCH).orElseThrow().fate())
          .isEqualTo(OrganizationFate.DISSOLVED);
      assertThat(plan.unionOrganization(SOE_UNION).orElseThrow().fate())
          .isEqualTo(OrganizationFate.DISSOLVED);
      assertThat(after.partyOrganization(SOE_BRANCH)).isEmpty();
      assertThat(after.unionOrganization(SOE_UNION)).isEmpty();
      Enterprise mill = after.enterprise(SOE).orElseThrow();
      assertThat(mill.status()).isEqualTo(EnterpriseStatus.CLOSED);
      assertThat(mill.headcount()).isZero();
      assertThat(after.employees(SOE)).isEmpty();
    }

    @Test
    @DisplayName(
        "SEED SYNC-CLUSTER: the talent market's party organisation holds the unemployed members'"
            + " relations")
    void talentMarketHoldsRelations() {
      for (PersonId p :
          new PersonId[] {SOE_MEMBER, SOE_PROBATIONARY, SOE_ACTIVIST, SOE_SECRETARY}) {
        PartyTransfer t = party(plan, p);
        assertThat(t.route()).as(p.value()).isEqualTo(PartyRoute.TO_TALENT_MARKET);
        assertThat(t.holderAfter()).contains(TALENT_MARKET_PARTY);
        assertThat(person(after, p).partyStanding().organization()).contains(TALENT_MARKET_PARTY);
      }
    }

    @Test
    @DisplayName(
        "UNION-CONST Art. 5: the placed chair's membership follows him to the private company's"
            + " union")
    void placedWorkerMembershipFollows() {
      MembershipTransfer t = union(plan, SOE_CHAIR);
      assertThat(t.route()).isEqualTo(MembershipRoute.TO_EMPLOYER_UNION);
      assertThat(t.unionAfter()).contains(PRIVATE_UNION);
      assertThat(t.statusAfter()).contains(MembershipStatus.ACTIVE);
      assertThat(t.since()).isEqualTo(LocalDate.of(2000, 3, 1));
      assertThat(party(plan, SOE_CHAIR).holderAfter()).contains(PRIVATE_BRANCH);
      assertThat(person(after, SOE_CHAIR).employment().orElseThrow().employer()).isEqualTo(PRIVATE);
      assertThat(after.enterprise(PRIVATE).orElseThrow().headcount()).isEqualTo(31);
    }

    @Test
    @DisplayName(
        "LOCAL Beijing 2020: a closed employer's retained memberships go to the higher union")
    void retainedMembershipsGoToTheHigherUnion() {
      for (PersonId p : new PersonId[] {SOE_MEMBER, SOE_WORKER, SOE_SECRETARY, SOE_RETIREE}) {
        MembershipTransfer t = union(plan, p);
        assertThat(t.route()).as(p.value()).isEqualTo(MembershipRoute.TO_HIGHER_UNION);
        assertThat(t.unionAfter()).contains(TOWN_UNION);
        assertThat(t.statusAfter()).contains(MembershipStatus.RETAINED);
        assertThat(t.decision().ruleId())
            .isEqualTo(RestructuringRules.RETAINED_TO_HIGHER_UNION.id());
        assertThat(t.decision().citations())
            .anySatisfy(
                c ->
                    assertThat(c.note())
                        .hasValueSatisfying(n -> assertThat(n).contains("Local rule")));
      }
      assertThat(after.unionMembers(TOWN_UNION))
          .extracting(Person::id)
          .contains(SOE_RETIREE, SOE_WORKER);
    }
  }

  @Nested
  @DisplayName("SYNC-RESTRUCTURE: the mill is absorbed into the private company (吸收合并)")
  class MergerIntoExisting {
    private final Jurisdiction before = city();
    private final RestructuringPlan plan =
        ENGINE.plan(
            before,
            Merger.builder().addAbsorbed(SOE).successor(Successor.existing(PRIVATE)).build(),
            DATE);
    private final Jurisdiction after = plan.apply(before);

    @Test
    @DisplayName("PARTY-CONST Art. 30: the mill's branch is merged into the successor's branch")
    void branchMerged() {
      PartyOrganizationChange mill = plan.partyOrganization(SOE_BRANCH).orElseThrow();
      assertThat(mill.fate()).isEqualTo(OrganizationFate.MERGED);
      assertThat(mill.mergedInto()).contains(PRIVATE_BRANCH);
      assertThat(plan.unionOrganization(SOE_UNION).orElseThrow().mergedInto())
          .contains(PRIVATE_UNION);
      assertThat(party(plan, SOE_MEMBER).route()).isEqualTo(PartyRoute.TO_EMPLOYER_ORGANIZATION);
      assertThat(party(plan, SOE_MEMBER).holderAfter()).contains(PRIVATE_BRANCH);
      assertThat(person(after, SOE_MEMBER).partyStanding().organization()).isEmpty();
    }

    @Test
    @DisplayName(
        "BRANCH-REG Art. 20: with seven full members the successor's branch needs a committee")
    void requiredFormForNewCounts() {
      PartyOrganizationChange successor = plan.partyOrganization(PRIVATE_BRANCH).orElseThrow();
      assertThat(successor.fate()).isEqualTo(OrganizationFate.CONTINUED);
      assertThat(successor.fullMembersAfter()).isEqualTo(7);
      assertThat(successor.membersAfter()).isEqualTo(8);
      assertThat(successor.requirement().orElseThrow().form()).isEqualTo(PartyForm.BRANCH);
      assertThat(successor.requirement().orElseThrow().leadership().orElseThrow().leadership())
          .isEqualTo(BranchLeadership.COMMITTEE);
      assertThat(successor.decisions())
          .extracting(d -> d.ruleId().value())
          .anyMatch(id -> id.startsWith("BUILDING."));
    }

    @Test
    @DisplayName(
        "MEMBERSHIP-RULES Art. 3 (一次入会、动态接转): memberships follow, the joining date is kept")
    void membershipsFollowWithoutRejoining() {
      MembershipTransfer t = union(plan, SOE_WORKER);
      assertThat(t.route()).isEqualTo(MembershipRoute.TO_EMPLOYER_UNION);
      assertThat(person(after, SOE_WORKER).unionMembership().orElseThrow().since())
          .isEqualTo(LocalDate.of(2000, 3, 1));
      MembershipTransfer retiree = union(plan, SOE_RETIREE);
      assertThat(retiree.route()).isEqualTo(MembershipRoute.TO_MERGED_UNION);
      assertThat(retiree.statusAfter()).contains(MembershipStatus.RETAINED);
      assertThat(after.enterprise(PRIVATE).orElseThrow().headcount()).isEqualTo(70);
      assertThat(after.enterprise(PRIVATE).orElseThrow().femaleHeadcount()).isEqualTo(30);
    }

    @Test
    @DisplayName("SEED SYNC-RESTRUCTURE: the private company's own people are untouched")
    void successorPeopleKept() {
      assertThat(party(plan, PRIVATE_MEMBER).route()).isEqualTo(PartyRoute.KEPT);
      assertThat(union(plan, PRIVATE_WORKER).route()).isEqualTo(MembershipRoute.KEPT);
      assertThat(person(after, PRIVATE_MEMBER)).isEqualTo(person(before, PRIVATE_MEMBER));
      assertThat(person(after, SMALL_MEMBER)).isEqualTo(person(before, SMALL_MEMBER));
      assertThat(plan.partyTransfer(SMALL_MEMBER)).isEmpty();
    }
  }

  @Nested
  @DisplayName("SYNC-BUILD: the two small firms merge into a new company (新设合并)")
  class MergerIntoNew {
    private final EnterpriseId merged = EnterpriseId.of("E-new");
    private final Jurisdiction before = city();
    private final RestructuringPlan plan =
        ENGINE.plan(
            before,
            Merger.builder()
                .addAbsorbed(SMALL, TINY)
                .successor(
                    Successor.toBeFounded(
                        Enterprise.builder()
                            .id(merged)
                            .name("木渎新合五金有限公司")
                            .ownership(Ownership.PRIVATE)
                            .region(TOWN)
                            .headcount(13)
                            .femaleHeadcount(7)
                            .founded(DATE)
                            .build()))
                .build(),
            DATE);
    private final Jurisdiction after = plan.apply(before);

    @Test
    @DisplayName(
        "BRANCH-REG Art. 5: two full members stay in the joint branch, which now covers the new"
            + " company")
    void newCompanyCarriesOnTheJointBranch() {
      assertThat(after.enterprise(merged)).isPresent();
      assertThat(after.employees(merged))
          .extracting(Person::id)
          .containsExactly(SMALL_MEMBER, SMALL_WORKER, TINY_MEMBER, TINY_PROBATIONARY);
      for (PersonId p : new PersonId[] {SMALL_MEMBER, TINY_MEMBER, TINY_PROBATIONARY}) {
        assertThat(party(plan, p).route()).as(p.value()).isEqualTo(PartyRoute.KEPT);
        assertThat(party(plan, p).holderAfter()).contains(JOINT_BRANCH);
      }
      PartyOrganizationChange joint = plan.partyOrganization(JOINT_BRANCH).orElseThrow();
      assertThat(joint.fate()).isEqualTo(OrganizationFate.CONTINUED);
      assertThat(joint.after().orElseThrow().coveredEnterprises()).containsExactly(merged);
      assertThat(joint.after().orElseThrow().secretary()).contains(SMALL_MEMBER);
      assertThat(joint.fullMembersAfter()).isEqualTo(2);
      assertThat(joint.membersAfter()).isEqualTo(3);
      assertThat(joint.requirement().orElseThrow().form()).isEqualTo(PartyForm.JOINT_BRANCH);
      assertThat(plan.enterprises())
          .filteredOn(e -> e.enterprise().equals(merged))
          .singleElement()
          .satisfies(e -> assertThat(e.fate()).isEqualTo(EnterpriseFate.FOUNDED));
    }

    @Test
    @DisplayName(
        "UNION-LAW Art. 11: a union is to be founded in the new company, its chair to be elected")
    void unionFounded() {
      UnionOrganizationChange founded =
          plan.unionOrganizations().stream()
              .filter(u -> u.fate() == OrganizationFate.TO_BE_FOUNDED)
              .findFirst()
              .orElseThrow();
      UnionOrganization u = founded.after().orElseThrow();
      assertThat(u.coveredEnterprises()).containsExactly(merged);
      assertThat(u.form()).isEqualTo(UnionForm.ENTERPRISE_COMMITTEE);
      assertThat(u.parent()).contains(TOWN_UNION);
      assertThat(u.chairVacantSince()).contains(DATE);
      assertThat(founded.vacatedPosts())
          .singleElement()
          .satisfies(v -> assertThat(v.fillBy()).contains(DATE.plusMonths(3)));
      assertThat(plan.unionOrganization(JOINT_UNION).orElseThrow().mergedInto())
          .contains(founded.organization());
      assertThat(union(plan, SMALL_WORKER).route()).isEqualTo(MembershipRoute.TO_FOUNDED_UNION);
    }
  }

  @Nested
  @DisplayName("SYNC-RESTRUCTURE: the private company is split into two new companies (解散分立)")
  class SplitIntoTwo {
    private final Enterprise north = newCompany("E-north", "宏达北厂");
    private final Enterprise south = newCompany("E-south", "宏达南厂");
    private final Jurisdiction before = city();
    private final RestructuringPlan plan =
        ENGINE.plan(
            before,
            Split.builder()
                .source(PRIVATE)
                .addParts(Successor.toBeFounded(north), Successor.toBeFounded(south))
                .addAllocations(
                    Allocation.to(PRIVATE_SECRETARY, north.id()),
                    Allocation.to(PRIVATE_CHAIR, north.id()),
                    Allocation.to(PRIVATE_MEMBER, north.id()),
                    Allocation.to(PRIVATE_MEMBER_2, south.id()),
                    Allocation.to(PRIVATE_WORKER, south.id()))
                .build(),
            DATE);
    private final Jurisdiction after = plan.apply(before);

    @Test
    @DisplayName("BRANCH-REG Art. 4: three full members found a branch in the north part")
    void northFoundsBranch() {
      PartyTransfer t = party(plan, PRIVATE_MEMBER);
      assertThat(t.route()).isEqualTo(PartyRoute.TO_FOUNDED_ORGANIZATION);
      PartyOrganization founded =
          after.partyOrganization(t.holderAfter().orElseThrow()).orElseThrow();
      assertThat(founded.form()).isEqualTo(PartyForm.BRANCH);
      assertThat(founded.coveredEnterprises()).containsExactly(north.id());
      assertThat(founded.parent()).contains(DISTRICT_COMMITTEE);
      assertThat(founded.secretaryVacantSince()).contains(DATE);
      assertThat(founded.termYears()).isEqualTo(3);
    }

    @Test
    @DisplayName(
        "BRANCH-REG Art. 5: the south part's single full member joins the town's joint branch")
    void southJoinsJointBranch() {
      PartyTransfer t = party(plan, PRIVATE_MEMBER_2);
      assertThat(t.route()).isEqualTo(PartyRoute.TO_JOINT_BRANCH);
      assertThat(t.holderAfter()).contains(JOINT_BRANCH);
      assertThat(after.partyOrganization(JOINT_BRANCH).orElseThrow().coveredEnterprises())
          .containsExactly(SMALL, south.id(), TINY);
      assertThat(person(after, PRIVATE_MEMBER_2).partyStanding().organization()).isEmpty();
    }

    @Test
    @DisplayName("PARTY-CONST Art. 30: the source's branch and union are dissolved")
    void sourceOrganizationsDissolved() {
      assertThat(plan.partyOrganization(PRIVATE_BRANCH).orElseThrow().fate())
          .isEqualTo(OrganizationFate.DISSOLVED);
      assertThat(plan.unionOrganization(PRIVATE_UNION).orElseThrow().fate())
          .isEqualTo(OrganizationFate.DISSOLVED);
      assertThat(after.enterprise(PRIVATE).orElseThrow().status())
          .isEqualTo(EnterpriseStatus.CLOSED);
      assertThat(plan.membershipTransfers())
          .allSatisfy(m -> assertThat(m.route()).isEqualTo(MembershipRoute.TO_FOUNDED_UNION));
    }
  }

  @Nested
  @DisplayName("CHAIR-RULES Art. 18: a staff transfer takes the union chair away")
  class TransferOfTheChair {
    private final Jurisdiction before = city();
    private final RestructuringPlan plan =
        ENGINE.plan(before, StaffTransfer.of(PRIVATE, SOE, PRIVATE_CHAIR), DATE);
    private final Jurisdiction after = plan.apply(before);

    @Test
    @DisplayName("CHAIR-RULES Art. 18: the chair is vacant and is to be filled within three months")
    void chairVacated() {
      UnionOrganization union = after.unionOrganization(PRIVATE_UNION).orElseThrow();
      assertThat(union.chair()).isEmpty();
      assertThat(union.chairVacantSince()).contains(DATE);
      VacatedPost v =
          plan.vacatedPosts().stream()
              .filter(p -> p.post() == OrganizationPost.CHAIR)
              .findFirst()
              .orElseThrow();
      assertThat(v.fillBy()).contains(LocalDate.of(2026, 10, 1));
      assertThat(v.decision().render(EN))
          .contains("CHAIR-RULES Art. 18")
          .contains("cross-appointment");
      assertThat(v.decision().render(ZH)).contains("交叉任职");
    }

    @Test
    @DisplayName("UNION-CONST Art. 5: the chair's membership and relation follow him to the mill")
    void chairFollows() {
      assertThat(union(plan, PRIVATE_CHAIR).unionAfter()).contains(SOE_UNION);
      assertThat(party(plan, PRIVATE_CHAIR).holderAfter()).contains(SOE_BRANCH);
      assertThat(plan.staffMoves()).filteredOn(s -> s.outcome() == StaffOutcome.MOVES).hasSize(1);
    }
  }

  @Nested
  @DisplayName("SEED SYNC-NETWORK: holders of last resort")
  class HoldersOfLastResort {
    @Test
    @DisplayName(
        "SYNC-NETWORK: without a talent market, the district's working committee holds the"
            + " relations")
    void workingCommitteeHolds() {
      Jurisdiction before = cityWithoutTalentMarket();
      RestructuringPlan plan = ENGINE.plan(before, Closure.of(SOE), DATE);
      PartyTransfer t = party(plan, SOE_MEMBER);
      assertThat(t.route()).isEqualTo(PartyRoute.TO_WORKING_COMMITTEE);
      assertThat(t.holderAfter()).contains(DISTRICT_COMMITTEE);
      assertThat(t.decisions().get(0).render(ZH)).contains("非公经济党工委");
    }

    @Test
    @DisplayName(
        "SYNC-NETWORK: with no holder at all, the relation awaits the higher organisation"
            + " (advisory)")
    void pendingWithoutAnyHolder() {
      Jurisdiction full = cityWithoutTalentMarket();
      Jurisdiction.Builder b = full.toBuilder().removePartyOrganizationsIf(o -> true);
      for (PartyOrganization o : full.partyOrganizations()) {
        if (o.form() != PartyForm.NON_PUBLIC_WORKING_COMMITTEE) {
          b.addPartyOrganization(
              PartyOrganization.builder().from(o).parent(Optional.empty()).build());
        }
      }
      Jurisdiction before = b.build();
      RestructuringPlan plan = ENGINE.plan(before, Closure.of(SOE), DATE);
      PartyTransfer t = party(plan, SOE_MEMBER);
      assertThat(t.route()).isEqualTo(PartyRoute.PENDING);
      assertThat(t.holderAfter()).isEmpty();
      assertThat(t.decisions().get(0).verdict()).isEqualTo(Verdict.ADVISORY);
      assertThat(plan.reconciliation().partyPending()).isEqualTo(7);
      assertThat(plan.reconciliation().isBalanced()).isTrue();
      assertThat(plan.apply(before).person(SOE_MEMBER).orElseThrow().isPartyMember()).isTrue();
    }
  }

  @Nested
  @DisplayName("SYNC-RESTRUCTURE: organisations and relations around a dissolved organisation")
  class AroundADissolvedOrganization {
    private final PersonId veteran = PersonId.of("P-s10");

    /**
     * The city with a retired member held by the mill's branch, and the private branch under it.
     */
    private Jurisdiction before() {
      Jurisdiction city = city();
      PartyOrganization soe = city.partyOrganization(SOE_BRANCH).orElseThrow();
      PartyOrganization pvt = city.partyOrganization(PRIVATE_BRANCH).orElseThrow();
      return city.toBuilder()
          .removePartyOrganizationsIf(
              o -> o.id().equals(SOE_BRANCH) || o.id().equals(PRIVATE_BRANCH))
          .addPartyOrganization(
              PartyOrganization.builder().from(soe).parent(DISTRICT_COMMITTEE).build())
          .addPartyOrganization(PartyOrganization.builder().from(pvt).parent(SOE_BRANCH).build())
          .addPerson(
              Person.builder()
                  .id(veteran)
                  .name("老党员")
                  .birthDate(LocalDate.of(1950, 1, 1))
                  .partyStanding(
                      org.dangong.model.PartyStanding.builder()
                          .from(
                              org.dangong.model.PartyStanding.fullMember(LocalDate.of(1975, 7, 1)))
                          .organization(SOE_BRANCH)
                          .build())
                  .build())
          .build();
    }

    @Test
    @DisplayName(
        "PARTY-CONST Art. 30: a branch whose higher organisation is dissolved comes under the next"
            + " one up")
    void childIsReparented() {
      Jurisdiction before = before();
      RestructuringPlan plan = ENGINE.plan(before, Closure.of(SOE), DATE);
      assertThat(plan.apply(before).partyOrganization(PRIVATE_BRANCH).orElseThrow().parent())
          .contains(DISTRICT_COMMITTEE);
      assertThat(plan.partyOrganization(PRIVATE_BRANCH).orElseThrow().decisions().get(0).render(EN))
          .contains(
              "The higher organisation PO-soe of PO-pvt ceases; PO-pvt comes under PO-dist-wc.");
    }

    @Test
    @DisplayName(
        "SEED SYNC-CLUSTER: a retired member held by a dissolved branch goes to the talent market")
    void retiredMemberOfDissolvedBranch() {
      Jurisdiction before = before();
      RestructuringPlan plan = ENGINE.plan(before, Closure.of(SOE), DATE);
      PartyTransfer t = party(plan, veteran);
      assertThat(t.holderBefore()).contains(SOE_BRANCH);
      assertThat(t.route()).isEqualTo(PartyRoute.TO_TALENT_MARKET);
      assertThat(person(plan.apply(before), veteran).partyStanding().organization())
          .contains(TALENT_MARKET_PARTY);
      assertThat(plan.staffMoves()).noneMatch(m -> m.person().equals(veteran));
    }

    @Test
    @DisplayName(
        "SEED SYNC-RESTRUCTURE: in a merger the retired member goes with the merged branch")
    void retiredMemberFollowsMergedBranch() {
      Jurisdiction before = before();
      RestructuringPlan plan =
          ENGINE.plan(
              before,
              Merger.builder().addAbsorbed(SOE).successor(Successor.existing(PRIVATE)).build(),
              DATE);
      PartyTransfer t = party(plan, veteran);
      assertThat(t.route()).isEqualTo(PartyRoute.TO_MERGED_ORGANIZATION);
      assertThat(t.holderAfter()).contains(PRIVATE_BRANCH);
      assertThat(plan.apply(before).partyOrganization(PRIVATE_BRANCH).orElseThrow().parent())
          .contains(DISTRICT_COMMITTEE);
    }

    @Test
    @DisplayName(
        "LOCAL Beijing 2020: with no higher union in the jurisdiction, the membership goes outside"
            + " (advisory)")
    void membershipOutsideTheJurisdiction() {
      Jurisdiction city = city();
      Jurisdiction.Builder b =
          city.toBuilder()
              .removeUnionOrganizationsIf(u -> !u.form().isGrassroots() || u.parent().isPresent());
      for (UnionOrganization u : city.unionOrganizations()) {
        if (u.form().isGrassroots() && u.parent().isPresent()) {
          b.addUnionOrganization(
              UnionOrganization.builder().from(u).parent(Optional.empty()).build());
        }
      }
      Jurisdiction before = b.build();
      RestructuringPlan plan = ENGINE.plan(before, Closure.of(SOE), DATE);
      MembershipTransfer t = union(plan, SOE_WORKER);
      assertThat(t.route()).isEqualTo(MembershipRoute.TO_UNION_OUTSIDE);
      assertThat(t.unionAfter()).isEmpty();
      assertThat(t.decision().verdict()).isEqualTo(Verdict.ADVISORY);
      assertThat(person(plan.apply(before), SOE_WORKER).unionMembership()).isEmpty();
      assertThat(plan.reconciliation().unionOutside()).isEqualTo(9);
      assertThat(plan.reconciliation().isBalanced()).isTrue();
    }
  }

  @Test
  @DisplayName("a plan applies only to the jurisdiction it was made for")
  void applyChecksTheJurisdiction() {
    RestructuringPlan plan = ENGINE.plan(city(), Closure.of(SOE), DATE);
    assertThat(plan.apply(city())).isEqualTo(plan.apply(city()));
    assertThatThrownBy(() -> plan.apply(cityWithoutTalentMarket()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ENGINE.apply(city(), Closure.of(SOE), DATE)).isEqualTo(plan.apply(city()));
  }

  @Test
  @DisplayName(
      "DEVELOP-REG Art. 19: a development target who leaves the unit is flagged for review")
  void movingDevelopmentTargetIsAdvisory() {
    RestructuringPlan plan = ENGINE.plan(city(), StaffTransfer.of(SOE, PRIVATE, SOE_TARGET), DATE);
    Decision pipeline = party(plan, SOE_TARGET).decisions().get(1);
    assertThat(pipeline.verdict()).isEqualTo(Verdict.ADVISORY);
    assertThat(pipeline.render(EN)).contains("3 months").contains("DEVELOP-REG Art. 19");
  }

  private static Enterprise newCompany(String id, String name) {
    return Enterprise.builder()
        .id(EnterpriseId.of(id))
        .name(name)
        .ownership(Ownership.PRIVATE)
        .region(TOWN)
        .headcount(15)
        .femaleHeadcount(5)
        .founded(DATE)
        .build();
  }
}
