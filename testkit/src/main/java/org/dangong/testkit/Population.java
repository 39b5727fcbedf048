package org.dangong.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.dangong.model.Assignment;
import org.dangong.model.AssignmentKind;
import org.dangong.model.Cluster;
import org.dangong.model.ClusterId;
import org.dangong.model.Employment;
import org.dangong.model.EmploymentRole;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseId;
import org.dangong.model.EnterpriseStatus;
import org.dangong.model.Jurisdiction;
import org.dangong.model.MembershipStatus;
import org.dangong.model.Nationality;
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
import org.dangong.model.Training;
import org.dangong.model.TrainingKind;
import org.dangong.model.UnionForm;
import org.dangong.model.UnionMembership;
import org.dangong.model.UnionOrganization;
import org.dangong.model.WomenWorkForm;
import org.jspecify.annotations.Nullable;

/**
 * Populates a region tree with enterprises, their staff, party organisations, unions and
 * assignments, consistently: every reference resolves, every party secretary is a member employed
 * by a covered enterprise, every branch covers one enterprise, every id is unique. Shared by {@link
 * JurisdictionGenerator} and {@link SyntheticCity}.
 *
 * <p>It works in one pass — regions first (parents before children), then clusters, then
 * enterprises one at a time — in time linear in the size of the result: each enterprise's staff is
 * drafted, given posts, built and handed to the jurisdiction builder before the next enterprise.
 * Joint branches and joint union committees collect small enterprises of a region as they come and
 * are emitted when full or at the end. All randomness comes from the one {@link RandomGenerator},
 * drawn in a fixed order, so the result depends on the seed only.
 *
 * <p>Not thread-safe: one instance builds one jurisdiction.
 */
final class Population {
  /** The knobs of a population; a plain holder filled by the generator or the city. */
  static final class Settings {
    LocalDate referenceDate = Dates.DEFAULT_REFERENCE_DATE;
    Mix<PartyStage> stageMix = PartyStandings.defaultStageMix();
    int minAge = 18;
    int maxAge = 65;
    double unionMemberShare = 0.85;
    double vacancyShare = 0.05;
    double instructorShare = 0.15;
    double coordinatorShare = 0.85;
    double workingCommitteeShare = 0.85;
    double retireeShare = 0.3;
    int personIdWidth = 4;
    int enterpriseIdWidth = 3;
    int organizationIdWidth = 3;
  }

  private final RandomGenerator random;
  private final Settings s;
  private final LocalDate ref;
  private final Jurisdiction.Builder out = Jurisdiction.builder();

  private int people;
  private int enterprises;
  private int organizations;

  private final Map<RegionId, Place> places = new HashMap<>();
  private final Map<RegionId, PartyGroup> openPartyGroups = new LinkedHashMap<>();
  private final Map<RegionId, UnionGroup> openUnionGroups = new LinkedHashMap<>();
  private final Map<ClusterId, ClusterSetup> clusters = new LinkedHashMap<>();
  private final Map<RegionId, Pool> partyInstructors = new HashMap<>();
  private final Map<RegionId, Pool> unionInstructors = new HashMap<>();

  Population(RandomGenerator random, Settings settings) {
    this.random = random;
    this.s = settings;
    this.ref = settings.referenceDate;
  }

  // ---------------------------------------------------------------- places

  /** What the population knows about a region: its organisations and its county-level ancestor. */
  private static final class Place {
    final Region region;
    final @Nullable Place parent;
    @Nullable OrganizationId federation;
    @Nullable OrganizationId townUnion;
    @Nullable OrganizationId workingCommittee;
    int jointBranches;
    int jointUnions;

    Place(Region region, @Nullable Place parent) {
      this.region = region;
      this.parent = parent;
    }

    /** The nearest union above enterprises here: the town union, else the nearest federation. */
    @Nullable OrganizationId parentUnion() {
      for (Place p = this; p != null; p = p.parent) {
        if (p.townUnion != null) {
          return p.townUnion;
        }
        if (p.federation != null) {
          return p.federation;
        }
      }
      return null;
    }

    @Nullable OrganizationId workingCommittee() {
      for (Place p = this; p != null; p = p.parent) {
        if (p.workingCommittee != null) {
          return p.workingCommittee;
        }
      }
      return null;
    }

    /** The county-level region this place lies in (itself if county level), else the root. */
    RegionId county() {
      Place p = this;
      while (p.parent != null && !p.region.level().isCountyLevel()) {
        p = p.parent;
      }
      return p.region.id();
    }
  }

  private Place place(RegionId region) {
    Place place = places.get(region);
    if (place == null) {
      throw new IllegalStateException("region not added: " + region);
    }
    return place;
  }

  /**
   * Adds a region and its regional organisations: a federation of trade unions for a city or a
   * county-level region, usually a non-public-economy party working committee there (SYNC-NETWORK),
   * a town or subdistrict union for a town-level region, usually a union work coordinator for a
   * subdistrict, now and then a retiree with a retained membership. Parents must come first.
   *
   * @param deputyRankChair whether a town union's chair holds same-level deputy rank (LEAD-TOWN)
   */
  void addRegion(Region region, boolean deputyRankChair) {
    out.addRegion(region);
    Place parent = region.parent().map(places::get).orElse(null);
    Place place = new Place(region, parent);
    places.put(region.id(), place);
    RegionLevel level = region.level();
    if (level == RegionLevel.CITY || level.isCountyLevel()) {
      place.federation = organizationId();
      OrganizationId parentFederation = parent == null ? null : parent.parentUnion();
      PersonId chair = official(35, 60, PartyStage.FULL, null);
      out.addUnionOrganization(
          regionalUnion(
                  place.federation,
                  region.name() + "总工会",
                  UnionForm.CITY_FEDERATION,
                  region.id(),
                  parentFederation,
                  PartyOrganizations.Term.draw(random, ref, 5))
              .chair(chair)
              .build());
      boolean root = parent == null;
      if (root || Ranges.chance(random, s.workingCommitteeShare)) {
        place.workingCommittee = organizationId();
        PersonId secretary = official(40, 60, PartyStage.FULL, null);
        PartyOrganizations.Term term = PartyOrganizations.Term.draw(random, ref, 5);
        PartyOrganization.Builder wc =
            PartyOrganization.builder()
                .id(place.workingCommittee)
                .name(region.name() + (root ? "委非公有制经济组织工作委员会" : "非公经济党工委"))
                .form(PartyForm.NON_PUBLIC_WORKING_COMMITTEE)
                .region(region.id())
                .founded(term.founded)
                .termStart(term.start)
                .termYears(term.years)
                .secretary(secretary);
        OrganizationId parentCommittee = parent == null ? null : parent.workingCommittee();
        if (parentCommittee != null) {
          wc.parent(parentCommittee);
        }
        out.addPartyOrganization(wc.build());
      }
    } else if (level.isTownLevel()) {
      place.townUnion = organizationId();
      OrganizationId parentFederation = parent == null ? null : parent.parentUnion();
      PartyOrganizations.Term term = PartyOrganizations.Term.draw(random, ref, 5);
      UnionOrganization.Builder union =
          regionalUnion(place.townUnion, region.name() + "总工会", UnionForm.TOWN_UNION, region.id(), parentFederation, term);
      if (deputyRankChair || !Ranges.chance(random, s.vacancyShare)) {
        PersonId chair = official(32, 58, Ranges.chance(random, 0.8) ? PartyStage.FULL : PartyStage.NONE, place.townUnion);
        union.chair(chair).chairHoldsDeputyRank(deputyRankChair && level == RegionLevel.TOWN);
      } else {
        union.chairVacantSince(Ranges.max(term.founded, Ranges.daysBefore(random, ref, 10, 200)));
      }
      out.addUnionOrganization(union.build());
      if (level == RegionLevel.SUBDISTRICT && Ranges.chance(random, s.coordinatorShare)) {
        PersonId coordinator = official(28, 60, Ranges.chance(random, 0.5) ? PartyStage.FULL : PartyStage.NONE, null);
        out.addAssignment(
            Assignment.toRegion(
                AssignmentKind.UNION_WORK_COORDINATOR, coordinator, region.id(), Ranges.daysBefore(random, ref, 0, 6 * 365)));
      }
      if (Ranges.chance(random, s.retireeShare)) {
        retiree(place);
      }
    }
  }

  private UnionOrganization.Builder regionalUnion(
      OrganizationId id,
      String name,
      UnionForm form,
      RegionId region,
      @Nullable OrganizationId parent,
      PartyOrganizations.Term term) {
    UnionOrganization.Builder b =
        UnionOrganization.builder()
            .id(id)
            .name(name)
            .form(form)
            .region(region)
            .founded(term.founded)
            .termStart(term.start)
            .termYears(term.years);
    if (parent != null) {
      b.parent(parent);
    }
    return b;
  }

  /** A person without an employer — an official, instructor or coordinator — added at once. */
  private PersonId official(int minAge, int maxAge, PartyStage stage, @Nullable OrganizationId union) {
    return official(minAge, maxAge, stage, union, null);
  }

  private PersonId official(
      int minAge, int maxAge, PartyStage stage, @Nullable OrganizationId union, @Nullable OrganizationId relation) {
    PersonId id = personId();
    LocalDate birth = People.birthDate(random, ref, minAge, maxAge);
    PartyStanding standing = Standings.of(random, stage, birth, ref);
    if (relation != null && standing.isMember()) {
      standing = PartyStanding.builder().from(standing).organization(relation).build();
    }
    Person.Builder b =
        Person.builder().id(id).name(Names.chinese(random)).birthDate(birth).partyStanding(standing);
    if (union != null) {
      b.unionMembership(UnionMembership.active(union, Ranges.daysBefore(random, ref, 30, 10 * 365)));
      if (Ranges.chance(random, 0.7)) {
        b.addTraining(Trainings.of(random, TrainingKind.UNION_CHAIR, Ranges.daysBefore(random, ref, 0, 4 * 365)));
      }
    }
    out.addPerson(b.build());
    return id;
  }

  private void retiree(Place place) {
    OrganizationId townUnion = place.townUnion;
    if (townUnion == null) {
      return;
    }
    LocalDate birth = People.birthDate(random, ref, 60, 80);
    PartyStage stage = Ranges.chance(random, 0.3) ? PartyStage.FULL : PartyStage.NONE;
    PartyStanding standing = Standings.of(random, stage, birth, ref);
    OrganizationId committee = place.workingCommittee();
    if (standing.isMember() && committee != null) {
      standing = PartyStanding.builder().from(standing).organization(committee).build();
    }
    out.addPerson(
        Person.builder()
            .id(personId())
            .name(Names.chinese(random))
            .birthDate(birth)
            .partyStanding(standing)
            .unionMembership(
                UnionMembership.of(townUnion, Ranges.daysBefore(random, ref, 0, 10 * 365), MembershipStatus.RETAINED))
            .build());
  }

  // ---------------------------------------------------------------- clusters

  /** The organisations founded in a cluster (SYNC-CLUSTER), filled as its enterprises come. */
  private static final class ClusterSetup {
    final Cluster cluster;
    final @Nullable PartyGroup party;
    final @Nullable UnionGroup union;

    ClusterSetup(Cluster cluster, @Nullable PartyGroup party, @Nullable UnionGroup union) {
      this.cluster = cluster;
      this.party = party;
      this.union = union;
    }
  }

  /**
   * Adds a cluster and, usually, a joint party organisation and a union federation founded in it
   * together (SYNC-CLUSTER); some clusters have only the party organisation, a few neither.
   */
  void addCluster(Cluster cluster) {
    out.addCluster(cluster);
    double p = random.nextDouble();
    LocalDate founded = Ranges.daysBefore(random, ref, 60, 12 * 365);
    PartyGroup party = p < 0.95 ? new PartyGroup(organizationId(), cluster.region(), cluster.id(), Integer.MAX_VALUE, founded) : null;
    UnionGroup union = null;
    if (p < 0.85) {
      // Founded together, or (now and then) the federation some months after the party organisation.
      LocalDate unionFounded =
          Ranges.chance(random, 0.8) ? founded : Ranges.min(ref, founded.plusDays(30 + random.nextInt(400)));
      union = new UnionGroup(organizationId(), cluster.region(), cluster.id(), Integer.MAX_VALUE, unionFounded, UnionForm.FEDERATION);
    }
    clusters.put(cluster.id(), new ClusterSetup(cluster, party, union));
  }

  // ---------------------------------------------------------------- enterprises

  /** A person of an enterprise being drafted: decided step by step, built once at the end. */
  private static final class Draft {
    final PersonId id;
    final String name;
    final LocalDate birth;
    final Nationality nationality;
    final LocalDate hired;
    final EnumSet<EmploymentRole> roles;
    PartyStanding standing;
    @Nullable UnionMembership membership;
    @Nullable List<PersonId> relatives;
    @Nullable List<Training> trainings;

    Draft(
        PersonId id,
        String name,
        LocalDate birth,
        Nationality nationality,
        LocalDate hired,
        EnumSet<EmploymentRole> roles,
        PartyStanding standing) {
      this.id = id;
      this.name = name;
      this.birth = birth;
      this.nationality = nationality;
      this.hired = hired;
      this.roles = roles;
      this.standing = standing;
    }

    boolean isMember() {
      return standing.isMember();
    }

    boolean isFull() {
      return standing.isFullMember();
    }

    boolean isExecutive() {
      return roles.contains(EmploymentRole.EXECUTIVE) || roles.contains(EmploymentRole.DEPUTY_EXECUTIVE);
    }

    void addRelative(PersonId relative) {
      if (relatives == null) {
        relatives = new ArrayList<>(2);
      }
      relatives.add(relative);
    }

    void addTraining(Training training) {
      if (trainings == null) {
        trainings = new ArrayList<>(2);
      }
      trainings.add(training);
    }
  }

  /** A joint party organisation collecting small enterprises of a region or a cluster. */
  private static final class PartyGroup {
    final OrganizationId id;
    final RegionId region;
    final @Nullable ClusterId cluster;
    final int capacity;
    final LocalDate founded;
    final List<EnterpriseId> covered = new ArrayList<>();
    @Nullable PersonId secretary;

    PartyGroup(OrganizationId id, RegionId region, @Nullable ClusterId cluster, int capacity, LocalDate founded) {
      this.id = id;
      this.region = region;
      this.cluster = cluster;
      this.capacity = capacity;
      this.founded = founded;
    }
  }

  /** A joint union committee of a region, or the union federation of a cluster. */
  private static final class UnionGroup {
    final OrganizationId id;
    final RegionId region;
    final @Nullable ClusterId cluster;
    final int capacity;
    final LocalDate founded;
    final UnionForm form;
    final List<EnterpriseId> covered = new ArrayList<>();
    @Nullable PersonId chair;

    UnionGroup(
        OrganizationId id, RegionId region, @Nullable ClusterId cluster, int capacity, LocalDate founded, UnionForm form) {
      this.id = id;
      this.region = region;
      this.cluster = cluster;
      this.capacity = capacity;
      this.founded = founded;
      this.form = form;
    }
  }

  /**
   * Adds an enterprise with {@code known} people employed by it, and gives it the organisations its
   * coverage asks for: its own branch (three full members or more; general branch from 50, primary
   * committee from 100) or a joint branch of its region or cluster; its own union committee (25
   * staff or more), an organiser, or a joint committee or cluster federation. Posts, memberships,
   * trainings and instructors follow.
   *
   * @return the enterprise's id
   */
  EnterpriseId addEnterprise(
      String name, RegionId regionId, @Nullable ClusterId clusterId, Ownership ownership, Coverage coverage, int known) {
    EnterpriseId id = enterpriseId();
    Place place = place(regionId);
    boolean old = !ownership.isNonPublic() || ownership == Ownership.RESTRUCTURED_STATE_OWNED;
    LocalDate founded = Ranges.daysBefore(random, ref, 90, (old ? 45 : 30) * 365L);
    int extra = known == 0 ? random.nextInt(16) : (int) Math.round(known * random.nextDouble() * 0.6);
    int headcount = known + extra;
    int female = (int) Math.round(headcount * (0.2 + 0.4 * random.nextDouble()));
    EnterpriseStatus status = EnterpriseGenerator.status(random, ownership);
    Enterprise.Builder enterprise =
        Enterprise.builder()
            .id(id)
            .name(name)
            .ownership(ownership)
            .region(regionId)
            .headcount(headcount)
            .femaleHeadcount(female)
            .founded(founded)
            .status(status);
    if (clusterId != null) {
      enterprise.addCluster(clusterId);
    }
    out.addEnterprise(enterprise.build());

    List<Draft> staff = draftStaff(known, ownership, founded, coverage.hasParty());
    ClusterSetup cluster = clusterId == null ? null : clusters.get(clusterId);

    Draft executive = staff.isEmpty() ? null : staff.get(0);
    if (executive != null && staff.size() >= 3 && Ranges.chance(random, 0.3)) {
      Draft relative = staff.get(1 + random.nextInt(staff.size() - 1));
      executive.addRelative(relative.id);
      if (Ranges.chance(random, 0.6)) {
        relative.addRelative(executive.id);
      }
    }

    Draft secretary = null;
    PartyOrganization ownParty = null;
    if (coverage.hasParty()) {
      PartyResult party = party(id, name, place, cluster, staff, founded);
      secretary = party.secretary;
      ownParty = party.own;
    } else {
      // Members without a party organisation at work: their relation is often held by the
      // working committee (流动党员) — the people DUAL-REC-1 and MUTUAL-U2P are about.
      OrganizationId committee = place.workingCommittee();
      for (Draft d : staff) {
        if (d.isMember() && committee != null && Ranges.chance(random, 0.3)) {
          d.standing = PartyStanding.builder().from(d.standing).organization(committee).build();
        }
      }
    }

    UnionOrganization ownUnion = null;
    if (coverage.hasUnion()) {
      ownUnion = union(id, name, place, cluster, staff, founded, headcount, female, secretary, executive);
    }

    pipelineTrainings(staff);
    instructors(id, place, coverage.hasParty(), founded);

    Map<LocalDate, Employment> employments = new HashMap<>();
    for (Draft d : staff) {
      Employment employment =
          d.roles.size() == 1 && d.roles.contains(EmploymentRole.STAFF)
              ? employments.computeIfAbsent(d.hired, since -> Employment.of(id, since, EmploymentRole.STAFF))
              : Employment.builder().employer(id).since(d.hired).roles(d.roles).build();
      Person.Builder b =
          Person.builder()
              .id(d.id)
              .name(d.name)
              .birthDate(d.birth)
              .nationality(d.nationality)
              .employment(employment)
              .partyStanding(d.standing);
      if (d.membership != null) {
        b.unionMembership(d.membership);
      }
      if (d.relatives != null) {
        b.closeRelatives(d.relatives);
      }
      if (d.trainings != null) {
        b.trainings(d.trainings);
      }
      out.addPerson(b.build());
    }
    if (ownParty != null) {
      out.addPartyOrganization(ownParty);
    }
    if (ownUnion != null) {
      out.addUnionOrganization(ownUnion);
    }
    return id;
  }

  private List<Draft> draftStaff(int known, Ownership ownership, LocalDate founded, boolean partyCovered) {
    List<Draft> staff = new ArrayList<>(known);
    if (known == 0) {
      return staff;
    }
    double density = density();
    double foreignShare = foreignShare(ownership);
    int pool = Math.min(known, 12);
    LocalDate[] hireDates = new LocalDate[pool];
    for (int i = 0; i < pool; i++) {
      hireDates[i] = Ranges.date(random, founded, ref);
    }
    boolean investorSecretary = partyCovered && Ranges.chance(random, 0.15);
    for (int i = 0; i < known; i++) {
      EnumSet<EmploymentRole> roles = roles(i, known, ownership);
      boolean executive = i == 0;
      int minAge = executive ? Math.min(s.maxAge, Math.max(s.minAge, 30)) : s.minAge;
      LocalDate birth = People.birthDate(random, ref, minAge, s.maxAge);
      boolean foreign = Ranges.chance(random, executive ? foreignShare * 5 : foreignShare);
      LocalDate working = Ranges.min(ref, birth.plusYears(16));
      LocalDate hired = DateCache.of(Ranges.max(hireDates[random.nextInt(pool)], working));
      PartyStage stage;
      if (foreign) {
        stage = PartyStage.NONE;
      } else if (executive && investorSecretary) {
        stage = PartyStage.FULL;
      } else {
        stage = stage(density);
      }
      PartyStanding standing =
          stage == PartyStage.NONE ? PartyStanding.none() : Standings.of(random, stage, birth, ref);
      staff.add(
          new Draft(
              personId(),
              foreign ? Names.foreign(random) : Names.chinese(random),
              birth,
              foreign ? Nationality.FOREIGN : Nationality.CHINESE,
              hired,
              roles,
              standing));
    }
    return staff;
  }

  /** How party-dense an enterprise is: some have no members at all, some many. */
  private double density() {
    double p = random.nextDouble();
    if (p < 0.2) {
      return 0;
    }
    if (p < 0.4) {
      return 0.5;
    }
    if (p < 0.7) {
      return 1;
    }
    return p < 0.9 ? 1.6 : 3;
  }

  private PartyStage stage(double density) {
    PartyStage stage = s.stageMix.next(random);
    if (stage == PartyStage.NONE || density >= 1) {
      if (stage == PartyStage.NONE && density > 1) {
        // Give a dense enterprise more members: re-draw some non-members.
        double nonNone = 1 - s.stageMix.share(PartyStage.NONE);
        double extra = Math.min(0.9, nonNone * (density - 1) / Math.max(1e-9, 1 - nonNone));
        if (nonNone > 0 && Ranges.chance(random, extra)) {
          PartyStage redrawn = s.stageMix.next(random);
          for (int tries = 0; redrawn == PartyStage.NONE && tries < 20; tries++) {
            redrawn = s.stageMix.next(random);
          }
          return redrawn;
        }
      }
      return stage;
    }
    return Ranges.chance(random, density) ? stage : PartyStage.NONE;
  }

  private static double foreignShare(Ownership ownership) {
    return switch (ownership) {
      case FOREIGN_INVESTED -> 0.06;
      case JOINT_VENTURE -> 0.04;
      case HK_MACAO_TAIWAN_INVESTED -> 0.005;
      default -> 0.002;
    };
  }

  private EnumSet<EmploymentRole> roles(int index, int known, Ownership ownership) {
    boolean privatelyOwned = ownership.isNonPublic();
    if (index == 0) {
      return privatelyOwned && Ranges.chance(random, 0.7)
          ? EnumSet.of(EmploymentRole.EXECUTIVE, EmploymentRole.INVESTOR)
          : EnumSet.of(EmploymentRole.EXECUTIVE);
    }
    if (index == 1 && known >= 3) {
      double p = random.nextDouble();
      if (privatelyOwned && p < 0.35) {
        return Ranges.chance(random, 0.3)
            ? EnumSet.of(EmploymentRole.INVESTOR, EmploymentRole.PARTNER)
            : EnumSet.of(EmploymentRole.INVESTOR);
      }
      if (p < 0.65) {
        return EnumSet.of(EmploymentRole.DEPUTY_EXECUTIVE);
      }
    }
    if (index == 2 && known >= 4 && Ranges.chance(random, 0.8)) {
      return EnumSet.of(EmploymentRole.HR_HEAD);
    }
    return EnumSet.of(EmploymentRole.STAFF);
  }

  // ---------------------------------------------------------------- party organisations

  private static final class PartyResult {
    final @Nullable Draft secretary;
    final @Nullable PartyOrganization own;

    PartyResult(@Nullable Draft secretary, @Nullable PartyOrganization own) {
      this.secretary = secretary;
      this.own = own;
    }
  }

  private PartyResult party(
      EnterpriseId id,
      String enterpriseName,
      Place place,
      @Nullable ClusterSetup cluster,
      List<Draft> staff,
      LocalDate enterpriseFounded) {
    List<Draft> full = new ArrayList<>();
    List<Draft> members = new ArrayList<>();
    for (Draft d : staff) {
      if (d.isFull()) {
        full.add(d);
      }
      if (d.isMember()) {
        members.add(d);
      }
    }
    int f = full.size();
    PartyForm form = null;
    if (f >= 100) {
      form = PartyForm.PRIMARY_COMMITTEE;
    } else if (f >= 50) {
      form = PartyForm.GENERAL_BRANCH;
    } else if (f >= 3 || (f >= 1 && Ranges.chance(random, 0.08))) {
      // Mostly BRANCH-REG Art. 4's three full members; now and then a branch with fewer.
      form = PartyForm.BRANCH;
    }
    if (form == null) {
      PartyGroup group = cluster != null && cluster.party != null ? cluster.party : openPartyGroup(place);
      group.covered.add(id);
      Draft secretary = null;
      if (group.secretary == null && !members.isEmpty()) {
        secretary = pickSecretary(staff, full, members);
        if (secretary != null) {
          group.secretary = secretary.id;
          secretaryTraining(secretary);
        }
      }
      if (group.cluster == null && group.covered.size() >= group.capacity) {
        emit(group);
        openPartyGroups.remove(group.region);
      }
      return new PartyResult(secretary, null);
    }

    LocalDate founded = Ranges.date(random, enterpriseFounded, ref);
    PartyOrganizations.Term term =
        PartyOrganizations.Term.since(random, founded, ref, form == PartyForm.PRIMARY_COMMITTEE ? 5 : 3);
    PartyOrganization.Builder b =
        PartyOrganization.builder()
            .id(organizationId())
            .name(enterpriseName + PartyOrganizations.suffix(form))
            .form(form)
            .addCoveredEnterprise(id)
            .region(place.region.id())
            .founded(founded)
            .termStart(term.start)
            .termYears(term.years);
    OrganizationId committee = place.workingCommittee();
    if (committee != null && Ranges.chance(random, 0.8)) {
      b.parent(committee);
    }
    Draft secretary = Ranges.chance(random, s.vacancyShare) ? null : pickSecretary(staff, full, members);
    if (secretary == null) {
      if (Ranges.chance(random, 0.8)) {
        b.secretaryVacantSince(Ranges.max(founded, Ranges.daysBefore(random, ref, 5, 400)));
      }
    } else {
      b.secretary(secretary.id);
      secretaryTraining(secretary);
    }
    Draft deputy = null;
    if (f >= 5 && Ranges.chance(random, 0.4)) {
      deputy = pickOther(full, secretary, null);
      if (deputy != null) {
        b.addDeputySecretary(deputy.id);
      }
    }
    if (f >= 7) {
      int size = 3 + random.nextInt(Math.min(5, f - 1) - 2);
      Set<PersonId> committeeMembers = new LinkedHashSet<>();
      for (int tries = 0; committeeMembers.size() < size && tries < size * 4; tries++) {
        Draft m = members.get(random.nextInt(members.size()));
        if (m != secretary && m != deputy) {
          committeeMembers.add(m.id);
        }
      }
      b.addAllCommitteeMembers(committeeMembers);
    }
    return new PartyResult(secretary, b.build());
  }

  /** A secretary: the executive-investor if he is a member, else usually a full member. */
  private @Nullable Draft pickSecretary(List<Draft> staff, List<Draft> full, List<Draft> members) {
    if (members.isEmpty()) {
      return null;
    }
    Draft executive = staff.get(0);
    if (executive.isFull() && Ranges.chance(random, 0.6)) {
      return executive;
    }
    if (!full.isEmpty() && !Ranges.chance(random, 0.05)) {
      Draft pick = pickOther(full, executive, null);
      return pick != null ? pick : full.get(0);
    }
    return members.get(random.nextInt(members.size()));
  }

  private @Nullable Draft pickOther(List<Draft> from, @Nullable Draft not1, @Nullable Draft not2) {
    for (int tries = 0; tries < 8 && !from.isEmpty(); tries++) {
      Draft d = from.get(random.nextInt(from.size()));
      if (d != not1 && d != not2) {
        return d;
      }
    }
    return null;
  }

  private void secretaryTraining(Draft secretary) {
    if (Ranges.chance(random, 0.5)) {
      secretary.addTraining(
          Trainings.of(
              random, TrainingKind.PARTY_SECRETARY, Ranges.max(secretary.hired, Ranges.daysBefore(random, ref, 0, 5 * 365))));
    }
  }

  private PartyGroup openPartyGroup(Place place) {
    PartyGroup group = openPartyGroups.get(place.region.id());
    if (group == null) {
      int capacity = 2 + random.nextInt(4); // BRANCH-REG Art. 5: generally at most five units
      group = new PartyGroup(organizationId(), place.region.id(), null, capacity, Ranges.daysBefore(random, ref, 30, 15 * 365));
      openPartyGroups.put(place.region.id(), group);
    }
    return group;
  }

  private void emit(PartyGroup group) {
    if (group.covered.isEmpty()) {
      return;
    }
    Place place = place(group.region);
    ClusterSetup setup = group.cluster == null ? null : clusters.get(group.cluster);
    PartyForm form = setup != null && group.covered.size() > 5 ? PartyForm.GENERAL_BRANCH : PartyForm.JOINT_BRANCH;
    String name;
    if (setup != null) {
      name = setup.cluster.name() + PartyOrganizations.suffix(form);
    } else {
      place.jointBranches++;
      name = place.region.name() + "第" + place.jointBranches + PartyOrganizations.suffix(form);
    }
    PartyOrganizations.Term term = PartyOrganizations.Term.since(random, group.founded, ref, 3);
    PartyOrganization.Builder b =
        PartyOrganization.builder()
            .id(group.id)
            .name(name)
            .form(form)
            .addAllCoveredEnterprises(group.covered)
            .region(group.region)
            .founded(group.founded)
            .termStart(term.start)
            .termYears(term.years);
    if (group.cluster != null) {
      b.cluster(group.cluster);
    }
    OrganizationId committee = place.workingCommittee();
    if (committee != null) {
      b.parent(committee);
    }
    if (group.secretary != null) {
      b.secretary(group.secretary);
    } else if (Ranges.chance(random, 0.8)) {
      b.secretaryVacantSince(Ranges.max(group.founded, Ranges.daysBefore(random, ref, 5, 400)));
    }
    out.addPartyOrganization(b.build());
  }

  // ---------------------------------------------------------------- unions

  private @Nullable UnionOrganization union(
      EnterpriseId id,
      String enterpriseName,
      Place place,
      @Nullable ClusterSetup cluster,
      List<Draft> staff,
      LocalDate enterpriseFounded,
      int headcount,
      int female,
      @Nullable Draft secretary,
      @Nullable Draft executive) {
    UnionForm form = null;
    if (headcount >= 25) {
      form = UnionForm.ENTERPRISE_COMMITTEE;
    } else if (cluster == null || cluster.union == null) {
      double p = random.nextDouble();
      form = p < 0.35 ? UnionForm.ENTERPRISE_COMMITTEE : p < 0.6 ? UnionForm.ORGANIZER : null;
    }
    if (form == null) {
      UnionGroup group = cluster != null && cluster.union != null ? cluster.union : openUnionGroup(place);
      group.covered.add(id);
      if (group.chair == null && !staff.isEmpty()) {
        Draft chair = ordinary(staff);
        group.chair = chair.id;
        chairTraining(chair);
      }
      memberships(staff, group.id, group.founded);
      if (group.cluster == null && group.covered.size() >= group.capacity) {
        emit(group);
        openUnionGroups.remove(group.region);
      }
      return null;
    }

    LocalDate founded = Ranges.date(random, enterpriseFounded, ref);
    PartyOrganizations.Term term = PartyOrganizations.Term.since(random, founded, ref, 5);
    OrganizationId unionId = organizationId();
    UnionOrganization.Builder b =
        UnionOrganization.builder()
            .id(unionId)
            .name(enterpriseName + (form == UnionForm.ORGANIZER ? "工会组织员" : "工会委员会"))
            .form(form)
            .addCoveredEnterprise(id)
            .region(place.region.id())
            .founded(founded)
            .termStart(term.start)
            .termYears(term.years)
            .womenWork(womenWork(female))
            .fullTimeChair(headcount >= 200 ? Ranges.chance(random, 0.5) : Ranges.chance(random, 0.01));
    if (cluster != null && cluster.union != null) {
      b.parent(cluster.union.id);
    } else {
      OrganizationId parent = place.parentUnion();
      if (parent != null) {
        b.parent(parent);
      }
    }
    Draft chair = staff.isEmpty() || Ranges.chance(random, s.vacancyShare) ? null : chair(staff, secretary, executive);
    if (chair == null) {
      if (Ranges.chance(random, 0.8)) {
        // CHAIR-RULES Art. 18 asks for three months; some vacancies are older.
        b.chairVacantSince(Ranges.max(founded, Ranges.daysBefore(random, ref, 5, 300)));
      }
    } else {
      b.chair(chair.id);
      chairTraining(chair);
    }
    if (form == UnionForm.ENTERPRISE_COMMITTEE && staff.size() >= 6) {
      if (Ranges.chance(random, 0.6)) {
        Draft vice = pickOther(staff, chair, null);
        if (vice != null) {
          b.addViceChair(vice.id);
        }
      }
      int committee = staff.size() >= 8 ? 2 + random.nextInt(3) : 0;
      for (int i = 0; i < committee; i++) {
        Draft m = pickOther(staff, chair, null);
        if (m != null) {
          b.addCommitteeMember(m.id);
        }
      }
      if (executive != null && executive.relatives != null && Ranges.chance(random, 0.3)) {
        // UNION-LAW Art. 10 bars the executive's close relatives; some committees break it.
        PersonId relative = executive.relatives.get(0);
        if (chair == null || !relative.equals(chair.id)) {
          b.addCommitteeMember(relative);
        }
      }
    }
    memberships(staff, unionId, founded);
    return b.build();
  }

  /**
   * A union chair: sometimes the party secretary (一肩挑), sometimes another party member, the head
   * of human resources, a relative of the executive, an executive or a foreign national (all barred
   * by CHAIR-RULES Art. 6, which engines must catch), usually an ordinary member of staff.
   */
  private Draft chair(List<Draft> staff, @Nullable Draft secretary, @Nullable Draft executive) {
    double p = random.nextDouble();
    if (p < 0.25 && secretary != null) {
      return secretary;
    }
    if (p < 0.40) {
      Draft member = firstMatching(staff, Draft::isMember);
      if (member != null) {
        return member;
      }
    }
    if (p < 0.48) {
      Draft hr = firstMatching(staff, d -> d.roles.contains(EmploymentRole.HR_HEAD));
      if (hr != null) {
        return hr;
      }
    }
    if (p < 0.53 && executive != null && executive.relatives != null) {
      PersonId relative = executive.relatives.get(0);
      Draft d = firstMatching(staff, x -> x.id.equals(relative));
      if (d != null) {
        return d;
      }
    }
    if (p < 0.56) {
      Draft boss = firstMatching(staff, Draft::isExecutive);
      if (boss != null) {
        return boss;
      }
    }
    if (p < 0.58) {
      Draft foreigner = firstMatching(staff, d -> d.nationality == Nationality.FOREIGN);
      if (foreigner != null) {
        return foreigner;
      }
    }
    return ordinary(staff);
  }

  private @Nullable Draft firstMatching(List<Draft> staff, java.util.function.Predicate<Draft> test) {
    int start = random.nextInt(staff.size());
    for (int i = 0; i < staff.size(); i++) {
      Draft d = staff.get((start + i) % staff.size());
      if (test.test(d)) {
        return d;
      }
    }
    return null;
  }

  /** Someone of the staff, preferably not an executive. */
  private Draft ordinary(List<Draft> staff) {
    Draft d = firstMatching(staff, x -> x.roles.contains(EmploymentRole.STAFF));
    return d != null ? d : staff.get(random.nextInt(staff.size()));
  }

  private void chairTraining(Draft chair) {
    if (Ranges.chance(random, 0.55)) {
      chair.addTraining(
          Trainings.of(random, TrainingKind.UNION_CHAIR, Ranges.max(chair.hired, Ranges.daysBefore(random, ref, 0, 4 * 365))));
    }
  }

  private WomenWorkForm womenWork(int female) {
    if (female >= 25) {
      return Ranges.chance(random, 0.8) ? WomenWorkForm.COMMITTEE : WomenWorkForm.MEMBER;
    }
    if (female >= 1 && Ranges.chance(random, 0.5)) {
      return WomenWorkForm.MEMBER;
    }
    return WomenWorkForm.NONE;
  }

  private void memberships(List<Draft> staff, OrganizationId union, LocalDate founded) {
    Map<LocalDate, UnionMembership> shared = new HashMap<>();
    for (Draft d : staff) {
      if (d.membership == null && Ranges.chance(random, s.unionMemberShare)) {
        LocalDate joined = Ranges.max(d.hired, founded);
        if (Ranges.chance(random, 0.2)) {
          joined = Ranges.min(ref, joined.plusYears(1));
        }
        d.membership = shared.computeIfAbsent(DateCache.of(joined), since -> UnionMembership.active(union, since));
      }
    }
  }

  private UnionGroup openUnionGroup(Place place) {
    UnionGroup group = openUnionGroups.get(place.region.id());
    if (group == null) {
      int capacity = 2 + random.nextInt(7);
      group =
          new UnionGroup(
              organizationId(),
              place.region.id(),
              null,
              capacity,
              Ranges.daysBefore(random, ref, 30, 15 * 365),
              UnionForm.JOINT_COMMITTEE);
      openUnionGroups.put(place.region.id(), group);
    }
    return group;
  }

  private void emit(UnionGroup group) {
    if (group.covered.isEmpty() && group.cluster == null) {
      return;
    }
    Place place = place(group.region);
    ClusterSetup setup = group.cluster == null ? null : clusters.get(group.cluster);
    String name;
    if (setup != null) {
      name = setup.cluster.name() + UnionOrganizations.suffix(group.form);
    } else {
      place.jointUnions++;
      name = place.region.name() + "第" + place.jointUnions + UnionOrganizations.suffix(group.form);
    }
    PartyOrganizations.Term term = PartyOrganizations.Term.since(random, group.founded, ref, 5);
    UnionOrganization.Builder b =
        UnionOrganization.builder()
            .id(group.id)
            .name(name)
            .form(group.form)
            .addAllCoveredEnterprises(group.covered)
            .region(group.region)
            .founded(group.founded)
            .termStart(term.start)
            .termYears(term.years);
    if (group.cluster != null) {
      b.cluster(group.cluster);
    }
    OrganizationId parent = place.parentUnion();
    if (parent != null && !parent.equals(group.id)) {
      b.parent(parent);
    }
    if (group.chair != null) {
      b.chair(group.chair);
    } else if (Ranges.chance(random, 0.8)) {
      b.chairVacantSince(Ranges.max(group.founded, Ranges.daysBefore(random, ref, 5, 300)));
    }
    out.addUnionOrganization(b.build());
  }

  // ---------------------------------------------------------------- pipeline and instructors

  private void pipelineTrainings(List<Draft> staff) {
    for (Draft d : staff) {
      PartyStage stage = d.standing.stage();
      if (stage == PartyStage.ACTIVIST || stage == PartyStage.DEVELOPMENT_TARGET) {
        Optional<LocalDate> since = d.standing.dateOf(stage);
        if (since.isPresent() && Ranges.chance(random, stage == PartyStage.ACTIVIST ? 0.6 : 0.7)) {
          TrainingKind kind = stage == PartyStage.ACTIVIST ? TrainingKind.ACTIVIST : TrainingKind.DEVELOPMENT_TARGET;
          d.addTraining(Trainings.of(random, kind, Ranges.date(random, since.get(), ref)));
        }
      }
    }
  }

  /** A person serving several enterprises of a county as an instructor. */
  private static final class Pool {
    final PersonId person;
    int remaining;

    Pool(PersonId person, int remaining) {
      this.person = person;
      this.remaining = remaining;
    }
  }

  /**
   * Party-building instructors, more often where there is no party organisation yet; usually a
   * union-building instructor beside them (DUAL-LEAD-2), not always.
   */
  private void instructors(EnterpriseId id, Place place, boolean hasParty, LocalDate founded) {
    double p = s.instructorShare * (hasParty ? 0.6 : 1.7);
    LocalDate earliest = Ranges.max(founded, ref.minusYears(5));
    if (Ranges.chance(random, p)) {
      PersonId instructor = instructor(partyInstructors, place, PartyStage.FULL);
      out.addAssignment(
          Assignment.toEnterprise(AssignmentKind.PARTY_BUILDING_INSTRUCTOR, instructor, id, Ranges.date(random, earliest, ref)));
      if (Ranges.chance(random, 0.6)) {
        PersonId union = instructor(unionInstructors, place, Ranges.chance(random, 0.4) ? PartyStage.FULL : PartyStage.NONE);
        out.addAssignment(
            Assignment.toEnterprise(AssignmentKind.UNION_BUILDING_INSTRUCTOR, union, id, Ranges.date(random, earliest, ref)));
      }
    } else if (Ranges.chance(random, s.instructorShare * 0.2)) {
      PersonId union = instructor(unionInstructors, place, PartyStage.NONE);
      out.addAssignment(
          Assignment.toEnterprise(AssignmentKind.UNION_BUILDING_INSTRUCTOR, union, id, Ranges.date(random, earliest, ref)));
    }
  }

  private PersonId instructor(Map<RegionId, Pool> pools, Place place, PartyStage stage) {
    RegionId county = place.county();
    Pool pool = pools.get(county);
    if (pool == null || pool.remaining == 0) {
      // Half the instructors have their party relation held by the working committee.
      OrganizationId committee = Ranges.chance(random, 0.5) ? place.workingCommittee() : null;
      PersonId person = official(30, 62, stage, null, committee);
      pool = new Pool(person, 1 + random.nextInt(6));
      pools.put(county, pool);
    }
    pool.remaining--;
    return pool.person;
  }

  // ---------------------------------------------------------------- the end

  /** Emits the open groups and builds the jurisdiction. */
  Jurisdiction finish() {
    for (PartyGroup group : openPartyGroups.values()) {
      emit(group);
    }
    for (UnionGroup group : openUnionGroups.values()) {
      emit(group);
    }
    for (ClusterSetup setup : clusters.values()) {
      if (setup.party != null) {
        emit(setup.party);
      }
      if (setup.union != null) {
        emit(setup.union);
      }
    }
    return out.build();
  }

  // ---------------------------------------------------------------- ids

  private PersonId personId() {
    return PersonId.of(pad("P", ++people, s.personIdWidth));
  }

  private EnterpriseId enterpriseId() {
    return EnterpriseId.of(pad("E", ++enterprises, s.enterpriseIdWidth));
  }

  private OrganizationId organizationId() {
    return OrganizationId.of(pad("O", ++organizations, s.organizationIdWidth));
  }

  static String pad(String prefix, int number, int width) {
    String digits = Integer.toString(number);
    StringBuilder id = new StringBuilder(prefix.length() + Math.max(width, digits.length())).append(prefix);
    for (int i = digits.length(); i < width; i++) {
      id.append('0');
    }
    return id.append(digits).toString();
  }
}
