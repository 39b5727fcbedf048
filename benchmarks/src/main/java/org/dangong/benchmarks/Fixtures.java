package org.dangong.benchmarks;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangong.decision.Subject;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseId;
import org.dangong.model.EnterpriseStatus;
import org.dangong.model.Jurisdiction;
import org.dangong.model.PartyOrganization;
import org.dangong.model.PartyStage;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.policy.Policy;
import org.dangong.recommendation.ActivistDetermined;
import org.dangong.recommendation.ApplicantTalked;
import org.dangong.recommendation.ApplicationReceived;
import org.dangong.recommendation.DevelopmentEvent;
import org.dangong.recommendation.DevelopmentRegister;
import org.dangong.recommendation.MembershipDevelopment;
import org.dangong.recommendation.Transition;
import org.dangong.restructuring.Merger;
import org.dangong.restructuring.Successor;
import org.dangong.targets.Assessment;
import org.dangong.targets.Deployment;
import org.dangong.targets.Inspection;
import org.dangong.targets.RecordId;
import org.dangong.targets.Score;
import org.dangong.targets.Target;
import org.dangong.targets.TargetId;
import org.dangong.targets.Unit;
import org.dangong.targets.UnitId;
import org.dangong.targets.WorkCycle;
import org.dangong.targets.WorkSide;
import org.dangong.testkit.Cities;

/**
 * The deterministic input of the benchmarks, built from the testkit's synthetic city: the city
 * itself, a membership-development pipeline of its applicants, a 四同 work cycle of its party
 * organisations and a merger of 1% of its enterprises. The city has neither a pipeline nor a work
 * cycle of its own, so they are derived here, with no randomness, from its people and
 * organisations.
 */
public final class Fixtures {
  /** The seed of every benchmark city. */
  public static final long SEED = 2011L;

  /** The date every engine is asked about. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  /** The national policy. */
  public static final Policy POLICY = Policy.national();

  private Fixtures() {}

  /**
   * Generates the synthetic city.
   *
   * @param enterprises its number of enterprises
   * @return the city
   */
  public static Jurisdiction city(int enterprises) {
    return Cities.suzhouLike().enterprises(enterprises).generate(SEED);
  }

  /**
   * The non-public enterprises with an own grassroots party organisation, in id order, with it.
   *
   * @param j the city
   * @return the enterprises and their organisations
   */
  static List<Object[]> ledEnterprises(Jurisdiction j) {
    List<Object[]> out = new ArrayList<>();
    for (Enterprise e : j.enterprises()) {
      if (!e.isNonPublic()) {
        continue;
      }
      for (PartyOrganization o : j.partyOrganizationsCovering(e.id())) {
        if (o.form().isGrassroots()) {
          out.add(new Object[] {e, o});
          break;
        }
      }
    }
    return out;
  }

  /**
   * The first steps of membership development (application, talk, activist by two full members'
   * recommendation) for every applicant employed by an enterprise with a party organisation, each
   * person's events checked alone and kept only if all are accepted.
   *
   * @param j the city
   * @return the events, person by person
   */
  public static ImmutableList<DevelopmentEvent> pipeline(Jurisdiction j) {
    ImmutableList.Builder<DevelopmentEvent> events = ImmutableList.builder();
    int n = 0;
    for (Object[] pair : ledEnterprises(j)) {
      Enterprise e = (Enterprise) pair[0];
      PartyOrganization o = (PartyOrganization) pair[1];
      Subject branch = Subject.partyOrganization(o.id());
      List<PersonId> full = new ArrayList<>();
      for (Person p : j.employees(e.id())) {
        if (p.partyStanding().stage() == PartyStage.FULL) {
          full.add(p.id());
        }
      }
      for (Person p : j.employees(e.id())) {
        if (p.partyStanding().stage() != PartyStage.APPLICANT) {
          continue;
        }
        LocalDate applied = LocalDate.of(2025, 1, 6).plusDays(n++ % 300);
        List<DevelopmentEvent> mine = new ArrayList<>();
        mine.add(ApplicationReceived.from(j, p.id(), applied, branch));
        mine.add(ApplicantTalked.of(applied.plusDays(20), p.id(), branch));
        if (full.size() >= 2) {
          mine.add(
              ActivistDetermined.byMemberRecommendation(
                  j, p.id(), full.subList(0, 2), applied.plusDays(60), branch));
        }
        if (acceptedAlone(p.id(), mine)) {
          events.addAll(mine);
        }
      }
    }
    return events.build();
  }

  private static boolean acceptedAlone(PersonId person, List<DevelopmentEvent> events) {
    MembershipDevelopment d = MembershipDevelopment.of(person, POLICY);
    for (DevelopmentEvent event : events) {
      Transition<MembershipDevelopment> t = d.apply(event);
      if (t.isRejected()) {
        return false;
      }
      d = t.state();
    }
    return true;
  }

  /**
   * Replays the pipeline into a register.
   *
   * @param events the pipeline
   * @return the register
   */
  public static DevelopmentRegister register(List<DevelopmentEvent> events) {
    Transition<DevelopmentRegister> t =
        DevelopmentRegister.replay(
            POLICY, DevelopmentRegister.of(POLICY).calendar(), events);
    if (t.isRejected()) {
      throw new IllegalStateException("pipeline rejected: " + t.rejections());
    }
    return t.state();
  }

  /**
   * A 2026 work cycle (四同) of every party organisation of the city as a unit: one party and one
   * union target for all units, deployed in February, every tenth unit inspected in July, and every
   * unit scored in December by a deterministic rule.
   *
   * @param j the city
   * @return the cycle
   */
  public static WorkCycle cycle(Jurisdiction j) {
    ImmutableList<Unit> units = Unit.allLedIn(j);
    List<UnitId> ids = new ArrayList<>();
    for (Unit u : units) {
      ids.add(u.id());
    }
    Target party =
        Target.builder()
            .id(TargetId.of("T-P"))
            .side(WorkSide.PARTY)
            .title("党组织覆盖和规范化建设")
            .weight(BigDecimal.ONE)
            .maxPoints(BigDecimal.TEN)
            .addAllUnits(ids)
            .build();
    Target union =
        Target.builder()
            .id(TargetId.of("T-U"))
            .side(WorkSide.UNION)
            .title("工会组建和会员发展")
            .weight(BigDecimal.ONE)
            .maxPoints(BigDecimal.TEN)
            .addAllUnits(ids)
            .build();
    Deployment deployment =
        Deployment.builder()
            .id(RecordId.of("D-1"))
            .date(LocalDate.of(2026, 2, 20))
            .issuingBody("中共市委组织部、市总工会")
            .title("关于印发2026年度党建和工会工作目标的通知")
            .addTargets(party, union)
            .build();
    Inspection.Builder inspection =
        Inspection.builder()
            .id(RecordId.of("I-1"))
            .date(LocalDate.of(2026, 7, 10))
            .body("市委组织部、市总工会联合检查组")
            .title("2026年党建和工会工作检查")
            .addTargets(party.id(), union.id());
    Assessment.Builder assessment =
        Assessment.builder()
            .id(RecordId.of("A-1"))
            .date(LocalDate.of(2026, 12, 20))
            .body("市委组织部")
            .title("2026年度党建和工会工作目标考核");
    for (int i = 0; i < ids.size(); i++) {
      if (i % 10 == 0) {
        inspection.addUnits(ids.get(i));
      }
      assessment.addScores(
          Score.of(ids.get(i), party.id(), 5 + i % 6), Score.of(ids.get(i), union.id(), 4 + i % 7));
    }
    return WorkCycle.builder("2026年度", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
        .addUnits(units)
        .addDeployment(deployment)
        .addInspection(inspection.build())
        .addAssessment(assessment.build())
        .build();
  }

  /**
   * A merger of 1% of the operating non-public enterprises (every hundredth, at least one) into
   * the first one.
   *
   * @param j the city
   * @return the merger
   */
  public static Merger merger(Jurisdiction j) {
    List<EnterpriseId> nonPublic = new ArrayList<>();
    for (Enterprise e : j.enterprises()) {
      if (e.isNonPublic() && e.status() != EnterpriseStatus.CLOSED) {
        nonPublic.add(e.id());
      }
    }
    Merger.Builder m = Merger.builder().successor(Successor.existing(nonPublic.get(0)));
    for (int i = 100; i < nonPublic.size(); i += 100) {
      m.addAbsorbed(nonPublic.get(i));
    }
    if (nonPublic.size() <= 100) {
      m.addAbsorbed(nonPublic.get(1));
    }
    return m.build();
  }

  /**
   * A union-chair question: an enterprise and one of its staff.
   *
   * @param enterprise the enterprise
   * @param person the person
   */
  public record ChairQuestion(EnterpriseId enterprise, PersonId person) {}

  /**
   * The first non-public enterprise covered by a union, with the first of its staff.
   *
   * @param j the city
   * @return the question
   * @throws IllegalStateException if the city has no such enterprise
   */
  public static ChairQuestion chairQuestion(Jurisdiction j) {
    for (Enterprise e : j.enterprises()) {
      if (e.isNonPublic()
          && !j.unionOrganizationsCovering(e.id()).isEmpty()
          && !j.employees(e.id()).isEmpty()) {
        return new ChairQuestion(e.id(), j.employees(e.id()).get(0).id());
      }
    }
    throw new IllegalStateException("no enterprise with a union and staff");
  }
}
