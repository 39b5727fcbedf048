package org.dangong.testkit;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.dangong.decision.Subject;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseId;
import org.dangong.model.EnterpriseStatus;
import org.dangong.model.Jurisdiction;
import org.dangong.model.OrganizationId;
import org.dangong.model.PartyForm;
import org.dangong.model.PartyOrganization;
import org.dangong.model.PartyStage;
import org.dangong.model.Person;
import org.dangong.model.Region;
import org.dangong.model.RegionId;
import org.dangong.model.RegionLevel;
import org.dangong.model.UnionForm;
import org.dangong.model.UnionOrganization;
import org.dangong.policy.Policy;
import org.dangong.recommendation.ActivistDetermined;
import org.dangong.recommendation.ActivistFiled;
import org.dangong.recommendation.ActivistReviewed;
import org.dangong.recommendation.AdmissionApproved;
import org.dangong.recommendation.AdmissionRefused;
import org.dangong.recommendation.AdmissionVoted;
import org.dangong.recommendation.ApplicantTalked;
import org.dangong.recommendation.ApplicationReceived;
import org.dangong.recommendation.CandidacyEndorsed;
import org.dangong.recommendation.CandidacyEvent;
import org.dangong.recommendation.CandidacyExamined;
import org.dangong.recommendation.CandidacyProposed;
import org.dangong.recommendation.CandidacySubmitted;
import org.dangong.recommendation.CandidateAccepted;
import org.dangong.recommendation.CandidateRejected;
import org.dangong.recommendation.ChairCandidacy;
import org.dangong.recommendation.DevelopmentEvent;
import org.dangong.recommendation.DevelopmentRegister;
import org.dangong.recommendation.DevelopmentTargetDetermined;
import org.dangong.recommendation.DevelopmentTargetFiled;
import org.dangong.recommendation.DevelopmentWithdrawn;
import org.dangong.recommendation.FoundingMeetingHeld;
import org.dangong.recommendation.IntroducersAssigned;
import org.dangong.recommendation.PartyOrganizationStatus;
import org.dangong.recommendation.PoliticalReviewCompleted;
import org.dangong.recommendation.PreReviewCompleted;
import org.dangong.recommendation.ProbationCancelled;
import org.dangong.recommendation.ProbationConverted;
import org.dangong.recommendation.TrainingCompleted;
import org.dangong.recommendation.Transition;
import org.dangong.recommendation.UnionNominated;
import org.dangong.recommendation.UnionRecommended;
import org.dangong.recommendation.WorkingCalendar;
import org.dangong.targets.Assessment;
import org.dangong.targets.Deployment;
import org.dangong.targets.Inspection;
import org.dangong.targets.Quota;
import org.dangong.targets.RecordId;
import org.dangong.targets.Score;
import org.dangong.targets.Target;
import org.dangong.targets.TargetId;
import org.dangong.targets.Unit;
import org.dangong.targets.UnitId;
import org.dangong.targets.WorkCycle;
import org.dangong.targets.WorkSide;
import org.jspecify.annotations.Nullable;

/**
 * The records an organisation department keeps about a city beside the city itself, generated
 * deterministically and consistently with a (usually synthetic) jurisdiction: the register of
 * membership development (发展党员台账) with the union's recommendations (推优, DUAL-REC-2), the chair
 * candidacies of DUAL-REC-1, and a 四同 work cycle of joint party and union targets (JOINT-DEPLOY).
 *
 * <pre>{@code
 * Jurisdiction city = Cities.suzhouLike().generate(2011);
 * CityRecords records = CityRecords.of(city, LocalDate.of(2026, 6, 30), 2011);
 * DevelopmentRegister register = records.developmentRegister();   // every event accepted
 * ImmutableList<ChairCandidacy> candidacies = records.chairCandidacies();
 * WorkCycle cycle = records.workCycle();                          // the year before the date
 * }</pre>
 *
 * <h2>What the records contain</h2>
 *
 * <ul>
 *   <li><b>Development register</b>: about {@value #APPLICATION_SHARE_PERCENT}% of the employees
 *       of operating non-public enterprises who are not yet activists or members, aged 18 or more,
 *       applied at some date in the four years before the as-of date. Their development follows
 *       DEVELOP-REG with realistic gaps (a talk within about a month, a review every five to six
 *       months, a year of cultivation, introducers who are full members of the enterprise or of
 *       the city, training, a branch meeting with a majority, approval within three months, a year
 *       of probation); about 60% of those who are active union members are recommended by the
 *       union (推优), the others by party members. About one development in seven stalls at some
 *       step — the organisation did not act — so that obligations are overdue on the as-of date;
 *       a few are withdrawn, refused or cancelled. No event is dated after the as-of date, and
 *       every event is accepted.
 *   <li><b>Chair candidacies</b>: about half of the operating non-public enterprises with their
 *       own union committee and no party organisation, whose chair has been a full member for a
 *       year or more, have a DUAL-REC-1 candidacy proposed in the year and a half before the
 *       date, carried through endorsement, submission to the non-public-economy working committee,
 *       examination, the reply (mostly acceptance) and the founding meeting as far as time and
 *       about one stall in five allow.
 *   <li><b>Work cycle</b>: the calendar year before the as-of date (for example {@code 2025年度}
 *       for a date in 2026), one unit per party organisation ({@link Unit#allLedIn}) with a
 *       category ({@value #CATEGORY_ENTERPRISE}, {@value #CATEGORY_JOINT} or {@value
 *       #CATEGORY_REGIONAL}); per county-level region three party-building and, for units with a
 *       union, two union-building targets, deployed together in most regions and separately in a
 *       few; a joint inspection of about 60% of the units and a party-only inspection of some
 *       more; a year-end assessment of about 95% of the units with a spread of quality, so that
 *       every grade occurs; a commendation list of about one unit in twenty, with a quota for
 *       joint organisations.
 * </ul>
 *
 * <p>The same jurisdiction, date and seed always give equal records; every collection is walked in
 * id order, so the order in which the jurisdiction was built does not matter. Generation is linear
 * in the size of the city.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CityRecords {
  /** The share of eligible employees who have applied, in percent. */
  public static final int APPLICATION_SHARE_PERCENT = 3;

  /** The category of a work-cycle unit led by the party organisation of one enterprise. */
  public static final String CATEGORY_ENTERPRISE = "企业党组织";

  /** The category of a work-cycle unit led by a joint party organisation of several enterprises. */
  public static final String CATEGORY_JOINT = "联合党组织";

  /** The category of a work-cycle unit led by a regional party organisation. */
  public static final String CATEGORY_REGIONAL = "区域党组织";

  private static final int MAX_INTRODUCER_POOL = 16;

  private final Jurisdiction city;
  private final LocalDate asOf;
  private final long seed;
  private final Policy policy;

  private CityRecords(Jurisdiction city, LocalDate asOf, long seed, Policy policy) {
    this.city = city;
    this.asOf = asOf;
    this.seed = seed;
    this.policy = policy;
  }

  /**
   * Returns the records of a city as of a date under the national policy.
   *
   * @param city the city, such as {@code Cities.suzhouLike().generate(seed)}
   * @param asOf the date the records are kept up to: no event is later
   * @param seed the seed of every random choice
   * @return the records
   */
  public static CityRecords of(Jurisdiction city, LocalDate asOf, long seed) {
    return new CityRecords(city, asOf, seed, Policy.national());
  }

  /**
   * Returns the policy the records follow: the national policy.
   *
   * @return the policy
   */
  public Policy policy() {
    return policy;
  }

  /**
   * Returns the date the records are kept up to.
   *
   * @return the as-of date
   */
  public LocalDate asOf() {
    return asOf;
  }

  // ---- the development register ----

  /**
   * Returns the register of membership development, every event of which is accepted.
   *
   * @return the register
   * @throws IllegalStateException if an event is rejected, which is a defect of this generator
   */
  public DevelopmentRegister developmentRegister() {
    return accepted(
        DevelopmentRegister.replay(policy, WorkingCalendar.weekends(), developmentEvents()));
  }

  /**
   * Returns the events of the development register, each person's in order, people in id order of
   * their enterprise and then of themselves.
   *
   * @return the events
   */
  public ImmutableList<DevelopmentEvent> developmentEvents() {
    RandomGenerator r = new SplittableRandom(seed * 31 + 1);
    Organisations orgs = new Organisations(city);
    ImmutableList.Builder<DevelopmentEvent> all = ImmutableList.builder();
    for (Enterprise e : city.enterprises()) {
      if (!e.isNonPublic() || e.status() == EnterpriseStatus.CLOSED) {
        continue;
      }
      ImmutableList<Person> staff = city.employees(e.id());
      for (Person p : staff) {
        PartyStage stage = p.partyStanding().stage();
        if (stage != PartyStage.NONE && stage != PartyStage.APPLICANT) {
          continue;
        }
        if (r.nextInt(100) >= APPLICATION_SHARE_PERCENT) {
          continue;
        }
        LocalDate applied = asOf.minusDays(10 + r.nextInt(4 * 365));
        if (p.ageOn(applied) < 18) {
          continue;
        }
        all.addAll(development(r, orgs, e, staff, p, applied));
      }
    }
    return all.build();
  }

  /** Collects one person's events up to the as-of date or a stall, whichever comes first. */
  private final class Path {
    final List<DevelopmentEvent> events = new ArrayList<>();
    final int stallAt;
    boolean stopped;

    Path(int stallAt) {
      this.stallAt = stallAt;
    }

    /** Adds the event if the path goes on; returns whether it did. */
    boolean add(DevelopmentEvent event) {
      if (stopped || events.size() >= stallAt || event.date().isAfter(asOf)) {
        stopped = true;
        return false;
      }
      events.add(event);
      return true;
    }
  }

  private List<DevelopmentEvent> development(
      RandomGenerator r,
      Organisations orgs,
      Enterprise e,
      List<Person> staff,
      Person p,
      LocalDate applied) {
    Subject branch = orgs.branchOf(e);
    Subject higher = orgs.higherOf(e.region());
    double fate = r.nextDouble();
    // about one in seven stalls at some step after the application
    Path path = new Path(r.nextInt(7) == 0 ? 1 + r.nextInt(16) : Integer.MAX_VALUE);
    int withdrawAt = fate < 0.04 ? 2 + r.nextInt(10) : Integer.MAX_VALUE;
    LocalDate d = applied;
    path.add(ApplicationReceived.of(d, p, e.region(), branch));
    d = d.plusDays(5 + r.nextInt(36));
    path.add(ApplicantTalked.of(d, p.id(), branch));
    Optional<OrganizationId> union =
        p.unionMembership()
            .map(m -> m.union())
            .filter(u -> p.isActiveMemberOf(u))
            .filter(u -> !p.unionMembership().get().since().isAfter(applied));
    if (union.isPresent() && r.nextInt(10) < 6) {
      Subject committee = Subject.unionOrganization(union.get());
      d = d.plusDays(10 + r.nextInt(31));
      path.add(UnionNominated.of(d, p, union.get(), committee));
      d = d.plusDays(5 + r.nextInt(16));
      path.add(UnionRecommended.of(d, p, union.get(), committee));
      d = d.plusDays(5 + r.nextInt(16));
      path.add(ActivistDetermined.byUnionRecommendation(d, p.id(), branch));
    } else {
      d = d.plusDays(20 + r.nextInt(41));
      path.add(
          ActivistDetermined.byMemberRecommendation(
              d, p.id(), branch, orgs.members(r, staff, 1 + r.nextInt(2), false)));
    }
    LocalDate activist = d;
    if (withdraw(path, withdrawAt, d.plusDays(20 + r.nextInt(60)), p, branch)) {
      return path.events;
    }
    d = d.plusDays(3 + r.nextInt(18));
    path.add(ActivistFiled.of(d, p.id(), branch));
    d = activist.plusDays(150 + r.nextInt(31));
    path.add(ActivistReviewed.of(d, p.id(), branch));
    d = d.plusDays(150 + r.nextInt(31));
    path.add(ActivistReviewed.of(d, p.id(), branch));
    LocalDate earliest = activist.plusYears(1).plusDays(r.nextInt(41));
    d = earliest.isAfter(d) ? earliest : d.plusDays(1 + r.nextInt(10));
    if (withdraw(path, withdrawAt, d, p, branch)) {
      return path.events;
    }
    path.add(DevelopmentTargetDetermined.of(d, p.id(), branch));
    d = d.plusDays(3 + r.nextInt(13));
    path.add(DevelopmentTargetFiled.of(d, p.id(), branch));
    d = d.plusDays(5 + r.nextInt(16));
    path.add(IntroducersAssigned.of(d, p.id(), branch, orgs.members(r, staff, 2, true)));
    d = d.plusDays(10 + r.nextInt(31));
    path.add(PoliticalReviewCompleted.of(d, p.id(), branch));
    d = d.plusDays(5 + r.nextInt(26));
    path.add(TrainingCompleted.of(d, p.id(), higher, 3 + r.nextInt(3), 24 + r.nextInt(17)));
    d = d.plusDays(5 + r.nextInt(16));
    path.add(PreReviewCompleted.of(d, p.id(), higher));
    if (withdraw(path, withdrawAt, d.plusDays(3 + r.nextInt(10)), p, branch)) {
      return path.events;
    }
    d = d.plusDays(7 + r.nextInt(14));
    int entitled = 5 + r.nextInt(16);
    int present = entitled - r.nextInt(entitled / 3 + 1);
    int yes = entitled / 2 + 1 + r.nextInt(present - entitled / 2);
    path.add(AdmissionVoted.of(d, p.id(), branch, entitled, present, yes, 0));
    LocalDate meeting = d;
    d = meeting.plusDays(20 + r.nextInt(61));
    if (fate > 0.97) {
      path.add(AdmissionRefused.of(d, p.id(), higher));
      return path.events;
    }
    path.add(AdmissionApproved.of(d, p.id(), higher));
    if (fate > 0.95) {
      path.add(ProbationCancelled.of(d.plusDays(30 + r.nextInt(200)), p.id(), branch));
      return path.events;
    }
    path.add(ProbationConverted.of(meeting.plusYears(1).plusDays(r.nextInt(21)), p.id(), branch));
    return path.events;
  }

  private boolean withdraw(Path path, int withdrawAt, LocalDate date, Person p, Subject branch) {
    if (path.events.size() >= withdrawAt && !path.stopped) {
      path.add(DevelopmentWithdrawn.of(date, p.id(), branch));
      path.stopped = true;
      return true;
    }
    return false;
  }

  private static <W> W accepted(Transition<W> t) {
    if (t.isRejected()) {
      throw new IllegalStateException(
          "a generated event was rejected: " + t.rejections().get(0).render(java.util.Locale.ENGLISH));
    }
    return t.state();
  }

  // ---- chair candidacies ----

  /**
   * Returns the chair candidacies (DUAL-REC-1), in enterprise id order, every event of which is
   * accepted.
   *
   * @return the candidacies
   * @throws IllegalStateException if an event is rejected, which is a defect of this generator
   */
  public ImmutableList<ChairCandidacy> chairCandidacies() {
    RandomGenerator r = new SplittableRandom(seed * 31 + 2);
    Organisations orgs = new Organisations(city);
    ImmutableList.Builder<ChairCandidacy> all = ImmutableList.builder();
    for (Enterprise e : city.enterprises()) {
      if (!e.isNonPublic()
          || e.status() == EnterpriseStatus.CLOSED
          || !city.partyOrganizationsCovering(e.id()).isEmpty()) {
        continue;
      }
      Optional<UnionOrganization> union =
          city.unionOrganizationsCovering(e.id()).stream()
              .filter(u -> u.form() == UnionForm.ENTERPRISE_COMMITTEE && u.chair().isPresent())
              .findFirst();
      Optional<PartyOrganization> higher = orgs.workingCommitteeOf(e.region());
      if (union.isEmpty() || higher.isEmpty()) {
        continue;
      }
      Optional<Person> chair = city.person(union.get().chair().orElseThrow());
      LocalDate proposed = asOf.minusDays(10 + r.nextInt(540));
      boolean standing =
          chair
              .filter(Person::isFullPartyMember)
              .flatMap(c -> c.partyStanding().fullSince())
              .filter(since -> !since.plusYears(1).isAfter(proposed))
              .isPresent();
      if (!standing || r.nextBoolean()) {
        continue;
      }
      all.add(candidacy(r, e.id(), union.get(), chair.orElseThrow(), higher.get(), proposed));
    }
    return all.build();
  }

  private ChairCandidacy candidacy(
      RandomGenerator r,
      EnterpriseId enterprise,
      UnionOrganization union,
      Person chair,
      PartyOrganization higher,
      LocalDate proposed) {
    Subject committee = Subject.unionOrganization(union.id());
    Subject working = Subject.partyOrganization(higher.id());
    int stallAt = r.nextInt(5) == 0 ? 1 + r.nextInt(5) : Integer.MAX_VALUE;
    List<CandidacyEvent> events = new ArrayList<>();
    LocalDate d = proposed;
    events.add(
        CandidacyProposed.of(
            d, enterprise, chair, union, PartyOrganizationStatus.NONE, committee));
    d = d.plusDays(3 + r.nextInt(13));
    events.add(CandidacyEndorsed.of(d, enterprise, committee));
    d = d.plusDays(3 + r.nextInt(13));
    events.add(CandidacySubmitted.of(d, enterprise, higher.id(), committee));
    d = d.plusDays(5 + r.nextInt(16));
    events.add(CandidacyExamined.of(d, enterprise, working));
    d = d.plusDays(3 + r.nextInt(20));
    boolean accepted = r.nextInt(10) < 9;
    events.add(
        accepted
            ? CandidateAccepted.of(d, enterprise, working)
            : CandidateRejected.of(d, enterprise, working));
    if (accepted) {
      d = d.plusDays(15 + r.nextInt(46));
      events.add(FoundingMeetingHeld.from(city, enterprise, d, r.nextInt(10) < 9, working));
    }
    List<CandidacyEvent> kept = new ArrayList<>();
    for (CandidacyEvent event : events) {
      if (kept.size() >= stallAt || event.date().isAfter(asOf)) {
        break;
      }
      kept.add(event);
    }
    return accepted(ChairCandidacy.replay(enterprise, policy, kept));
  }

  // ---- the work cycle ----

  /**
   * Returns the 四同 work cycle of the calendar year before the as-of date.
   *
   * @return the cycle
   */
  public WorkCycle workCycle() {
    RandomGenerator r = new SplittableRandom(seed * 31 + 3);
    int year = asOf.getYear() - 1;
    LocalDate start = LocalDate.of(year, 1, 1);
    WorkCycle.Builder cycle =
        WorkCycle.builder(year + "年度", start, LocalDate.of(year, 12, 31));
    Organisations orgs = new Organisations(city);
    Map<RegionId, List<Unit>> byCounty = new LinkedHashMap<>();
    List<Unit> units = new ArrayList<>();
    int joint = 0;
    for (PartyOrganization o : city.partyOrganizations()) {
      Unit led = Unit.ledBy(city, o.id());
      String category =
          o.form() == PartyForm.NON_PUBLIC_WORKING_COMMITTEE
              ? CATEGORY_REGIONAL
              : o.form() == PartyForm.JOINT_BRANCH || o.coveredEnterprises().size() > 1
                  ? CATEGORY_JOINT
                  : CATEGORY_ENTERPRISE;
      joint += category.equals(CATEGORY_JOINT) ? 1 : 0;
      Unit unit = led.withCategory(category);
      units.add(unit);
      byCounty.computeIfAbsent(orgs.countyOf(o.region()), k -> new ArrayList<>()).add(unit);
    }
    cycle.addUnits(units);
    Map<RegionId, List<Unit>> sorted = new java.util.TreeMap<>(byCounty);
    for (Map.Entry<RegionId, List<Unit>> entry : sorted.entrySet()) {
      county(r, cycle, year, entry.getKey(), entry.getValue());
    }
    cycle.commendationPlaces(Math.max(3, units.size() / 20));
    if (joint > 0) {
      cycle.addQuota(Quota.forCategory(CATEGORY_JOINT, Math.max(1, joint / 40)));
    }
    return cycle.build();
  }

  private static final String[][] PARTY_TARGETS = {
    {"P1", "党组织班子和制度建设", "2", "10"},
    {"P2", "发展党员和党员教育管理", "1", "10"},
    {"P3", "党组织和党员作用发挥", "1", "10"},
  };

  private static final String[][] UNION_TARGETS = {
    {"U1", "工会组建和会员发展", "2", "10"},
    {"U2", "职代会和民主管理", "1", "10"},
  };

  private void county(
      RandomGenerator r, WorkCycle.Builder cycle, int year, RegionId county, List<Unit> units) {
    String code = county.value();
    String name = city.region(county).map(Region::name).orElse(code);
    List<UnitId> all = units.stream().map(Unit::id).toList();
    List<UnitId> withUnion =
        units.stream().filter(u -> !u.unionOrganizations().isEmpty()).map(Unit::id).toList();
    List<Target> party = targets(code, PARTY_TARGETS, WorkSide.PARTY, all);
    List<Target> union = targets(code, UNION_TARGETS, WorkSide.UNION, withUnion);
    LocalDate deployed = LocalDate.of(year, 1 + r.nextInt(3), 1 + r.nextInt(28));
    String title = year + "年度党建带工建目标任务";
    if (union.isEmpty() || r.nextInt(5) != 0) {
      List<Target> both = new ArrayList<>(party);
      both.addAll(union);
      cycle.addDeployment(
          act("D-" + code, deployed, name + "委组织部、" + name + "总工会", title, both));
    } else {
      cycle.addDeployment(act("D-" + code + "-P", deployed, name + "委组织部", title, party));
      cycle.addDeployment(
          act(
              "D-" + code + "-U",
              deployed.plusDays(20 + r.nextInt(40)),
              name + "总工会",
              title,
              union));
    }
    Inspection.Builder joint =
        Inspection.builder()
            .id(RecordId.of("I-" + code))
            .date(LocalDate.of(year, 7 + r.nextInt(3), 1 + r.nextInt(28)))
            .body(name + "委组织部、" + name + "总工会联合检查组")
            .title(year + "年度党建带工建工作检查");
    Inspection.Builder partyOnly =
        Inspection.builder()
            .id(RecordId.of("I-" + code + "-P"))
            .date(LocalDate.of(year, 7 + r.nextInt(3), 1 + r.nextInt(28)))
            .body(name + "委组织部")
            .title(year + "年度党建工作督查");
    boolean anyJoint = false;
    boolean anyJointUnion = false;
    boolean anyParty = false;
    for (Unit u : units) {
      int x = r.nextInt(10);
      if (x < 6) {
        joint.addUnit(u.id());
        anyJoint = true;
        anyJointUnion |= !u.unionOrganizations().isEmpty();
      } else if (x < 7) {
        partyOnly.addUnit(u.id());
        anyParty = true;
      }
    }
    if (anyJoint) {
      party.forEach(t -> joint.addTarget(t.id()));
      if (anyJointUnion) {
        union.forEach(t -> joint.addTarget(t.id()));
      }
      cycle.addInspection(joint.build());
    }
    if (anyParty) {
      party.forEach(t -> partyOnly.addTarget(t.id()));
      cycle.addInspection(partyOnly.build());
    }
    Assessment.Builder assessment =
        Assessment.builder()
            .id(RecordId.of("A-" + code))
            .date(LocalDate.of(year, 12, 10 + r.nextInt(19)))
            .body(name + "委组织部、" + name + "总工会")
            .title(year + "年度党建带工建工作考核");
    boolean anyScore = false;
    for (Unit u : units) {
      if (r.nextInt(20) == 0) {
        continue; // not assessed
      }
      int quality = r.nextInt(10); // 0 poor, 1-3 fair, 4-7 good, 8-9 excellent
      int low = quality == 0 ? 0 : quality <= 3 ? 11 : quality <= 7 ? 15 : 18;
      int high = quality == 0 ? 12 : quality <= 3 ? 17 : quality <= 7 ? 19 : 20;
      for (Target t : party) {
        assessment.addScores(score(r, u.id(), t, low, high));
        anyScore = true;
      }
      if (!u.unionOrganizations().isEmpty()) {
        for (Target t : union) {
          assessment.addScores(score(r, u.id(), t, low, high));
        }
      }
    }
    if (anyScore) {
      cycle.addAssessment(assessment.build());
    }
  }

  /** A score of 10 points in half points between low/2 and high/2. */
  private static Score score(RandomGenerator r, UnitId unit, Target t, int low, int high) {
    int halves = low + r.nextInt(high - low + 1);
    return Score.of(unit, t.id(), BigDecimal.valueOf(halves).divide(BigDecimal.valueOf(2)));
  }

  private static List<Target> targets(
      String code, String[][] specs, WorkSide side, List<UnitId> units) {
    List<Target> targets = new ArrayList<>();
    if (units.isEmpty()) {
      return targets;
    }
    for (String[] spec : specs) {
      targets.add(
          Target.builder()
              .id(TargetId.of("T-" + code + "-" + spec[0]))
              .side(side)
              .title(spec[1])
              .weight(new BigDecimal(spec[2]))
              .maxPoints(new BigDecimal(spec[3]))
              .addAllUnits(units)
              .build());
    }
    return targets;
  }

  private static Deployment act(
      String id, LocalDate date, String body, String title, List<Target> targets) {
    return Deployment.builder()
        .id(RecordId.of(id))
        .date(date)
        .issuingBody(body)
        .title(title)
        .addAllTargets(targets)
        .build();
  }

  // ---- organisations of the city ----

  /** Lookups of the city's party organisations, members and regions, built once per generation. */
  private static final class Organisations {
    private final Jurisdiction city;
    private final Map<RegionId, PartyOrganization> workingCommittees = new HashMap<>();
    private final Map<RegionId, RegionId> counties = new HashMap<>();
    private final List<Person> cityFullMembers = new ArrayList<>();

    Organisations(Jurisdiction city) {
      this.city = city;
      for (PartyOrganization o : city.partyOrganizations()) {
        if (o.form() == PartyForm.NON_PUBLIC_WORKING_COMMITTEE) {
          workingCommittees.putIfAbsent(o.region(), o);
        }
      }
      for (Person p : city.people()) {
        if (cityFullMembers.size() >= MAX_INTRODUCER_POOL) {
          break;
        }
        if (eligibleIntroducer(p)) {
          cityFullMembers.add(p);
        }
      }
    }

    static boolean eligibleIntroducer(Person p) {
      return p.isFullPartyMember() && !p.partyStanding().underDisciplinaryProbation();
    }

    /** The enterprise's party organisation, or the working committee above it, or its region. */
    Subject branchOf(Enterprise e) {
      List<PartyOrganization> covering = city.partyOrganizationsCovering(e.id());
      if (!covering.isEmpty()) {
        return Subject.partyOrganization(covering.get(0).id());
      }
      return higherOf(e.region());
    }

    Subject higherOf(RegionId region) {
      return workingCommitteeOf(region)
          .map(o -> Subject.partyOrganization(o.id()))
          .orElse(Subject.region(region));
    }

    /** The nearest non-public-economy working committee of the region or above it. */
    Optional<PartyOrganization> workingCommitteeOf(RegionId region) {
      @Nullable PartyOrganization own = workingCommittees.get(region);
      if (own != null) {
        return Optional.of(own);
      }
      List<Region> ancestors = city.ancestors(region);
      for (int i = ancestors.size() - 1; i >= 0; i--) {
        @Nullable PartyOrganization found = workingCommittees.get(ancestors.get(i).id());
        if (found != null) {
          return Optional.of(found);
        }
      }
      return Optional.empty();
    }

    /** The county-level region of a region: itself at county level or above, else its ancestor. */
    RegionId countyOf(RegionId region) {
      return counties.computeIfAbsent(region, this::findCounty);
    }

    private RegionId findCounty(RegionId region) {
      Optional<Region> own = city.region(region);
      if (own.isEmpty()
          || (own.get().level() != RegionLevel.TOWN && own.get().level() != RegionLevel.SUBDISTRICT)) {
        return region;
      }
      return own.get().parent().orElse(region);
    }

    /**
     * Picks party members of the staff (full members only, not under discipline, for
     * introducers), falling back to the city's first full members.
     */
    List<Person> members(RandomGenerator r, List<Person> staff, int count, boolean introducers) {
      List<Person> pool = new ArrayList<>();
      for (Person p : staff) {
        if (introducers ? eligibleIntroducer(p) : p.isPartyMember()) {
          pool.add(p);
        }
      }
      if (pool.size() < count) {
        for (Person p : cityFullMembers) {
          if (!pool.contains(p)) {
            pool.add(p);
          }
        }
      }
      List<Person> chosen = new ArrayList<>();
      for (int i = 0; i < count && !pool.isEmpty(); i++) {
        chosen.add(pool.remove(r.nextInt(pool.size())));
      }
      return chosen;
    }
  }
}
