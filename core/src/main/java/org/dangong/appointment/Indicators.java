package org.dangong.appointment;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dangong.decision.Argument;
import org.dangong.decision.Decision;
import org.dangong.decision.Reason;
import org.dangong.decision.Subject;
import org.dangong.decision.Verdict;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseStatus;
import org.dangong.model.Jurisdiction;
import org.dangong.model.PartyOrganization;
import org.dangong.model.PersonId;
import org.dangong.model.Region;
import org.dangong.model.RegionId;
import org.dangong.model.RegionLevel;
import org.dangong.model.UnionForm;
import org.dangong.model.UnionOrganization;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;
import org.dangong.policy.PolicyValue;

/**
 * The staffing indicators by region with roll-up; see {@link AppointmentEngine#indicators}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Indicators {
  private final Policy policy;

  Indicators(Policy policy) {
    this.policy = policy;
  }

  StaffingIndicators indicators(Jurisdiction jurisdiction, LocalDate asOf) {
    PolicyValue<Period> window = policy.entry(Parameters.UNION_CHAIR_TRAINING_WINDOW, asOf);
    Map<RegionId, Tally> counts = new HashMap<>();
    for (Enterprise e : jurisdiction.enterprises()) {
      if (!e.isNonPublic() || e.status() == EnterpriseStatus.CLOSED) {
        continue;
      }
      Optional<PartyOrganization> party = Lookup.partyOrganizationOf(jurisdiction, e.id());
      Optional<UnionOrganization> union = Lookup.unionOf(jurisdiction, e.id());
      if (party.isPresent() && union.isPresent()) {
        Tally c = counts.computeIfAbsent(e.region(), r -> new Tally());
        c.enterprisesWithBoth++;
        Optional<PersonId> secretary = party.get().secretary();
        if (secretary.isPresent() && secretary.equals(union.get().chair())) {
          c.crossAppointed++;
        }
      }
    }
    Set<RegionId> deputyRank = new HashSet<>();
    for (UnionOrganization u : jurisdiction.unionOrganizations()) {
      if (u.form() == UnionForm.TOWN_UNION && u.chair().isPresent() && u.chairHoldsDeputyRank()) {
        deputyRank.add(u.region());
      }
      if (u.form().isGrassroots() && u.chair().isPresent()) {
        Tally c = counts.computeIfAbsent(u.region(), r -> new Tally());
        c.chairs++;
        if (Eligibility.recentlyTrained(
            Lookup.person(jurisdiction, u.chair().get()), asOf, window.value())) {
          c.trainedChairs++;
        }
      }
    }
    for (Region r : jurisdiction.regions()) {
      if (r.level() == RegionLevel.TOWN) {
        Tally c = counts.computeIfAbsent(r.id(), k -> new Tally());
        c.towns++;
        if (deputyRank.contains(r.id())) {
          c.townsWithDeputyRankChair++;
        }
      }
    }
    // Pre-order from the roots: children come after their parent, so in reverse every child's
    // roll-up is ready before its parent's.
    List<Region> preOrder = new ArrayList<>();
    List<Region> stack = new ArrayList<>(jurisdiction.rootRegions().reverse());
    while (!stack.isEmpty()) {
      Region r = stack.remove(stack.size() - 1);
      preOrder.add(r);
      ImmutableList<Region> children = jurisdiction.children(r.id());
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.add(children.get(i));
      }
    }
    Map<RegionId, StaffingFigures> rolled = new HashMap<>();
    for (int i = preOrder.size() - 1; i >= 0; i--) {
      Region r = preOrder.get(i);
      StaffingFigures sum = own(counts, r.id());
      for (Region child : jurisdiction.children(r.id())) {
        sum = sum.plus(rolled.getOrDefault(child.id(), StaffingFigures.zero()));
      }
      rolled.put(r.id(), sum);
    }
    ImmutableList.Builder<RegionStaffing> regions = ImmutableList.builder();
    for (Region r : jurisdiction.regions()) {
      StaffingFigures total = rolled.getOrDefault(r.id(), StaffingFigures.zero());
      regions.add(
          RegionStaffing.create(
              r.id(), own(counts, r.id()), total, indicatorDecisions(r.id(), total, window, asOf)));
    }
    StaffingFigures total = StaffingFigures.zero();
    for (Region root : jurisdiction.rootRegions()) {
      total = total.plus(rolled.getOrDefault(root.id(), StaffingFigures.zero()));
    }
    return StaffingIndicators.create(asOf, regions.build(), total);
  }

  private static StaffingFigures own(Map<RegionId, Tally> counts, RegionId region) {
    Tally c = counts.get(region);
    return c == null
        ? StaffingFigures.zero()
        : StaffingFigures.of(
            c.enterprisesWithBoth,
            c.crossAppointed,
            c.towns,
            c.townsWithDeputyRankChair,
            c.chairs,
            c.trainedChairs);
  }

  /** The counts of one region while they are being made; confined to one call. */
  private static final class Tally {
    long enterprisesWithBoth;
    long crossAppointed;
    long towns;
    long townsWithDeputyRankChair;
    long chairs;
    long trainedChairs;
  }

  private static ImmutableList<Decision> indicatorDecisions(
      RegionId region, StaffingFigures f, PolicyValue<Period> window, LocalDate asOf) {
    Subject subject = Subject.region(region);
    return ImmutableList.of(
        Decision.of(
            AppointmentRules.CROSS_APPOINTMENT_RATE,
            subject,
            Verdict.INFORMATIONAL,
            asOf,
            share("cross-appointed", f.crossAppointed(), f.enterprisesWithBoth())
                .citing(AppointmentRules.SEED_CROSS_APPOINT)),
        Decision.of(
            AppointmentRules.DEPUTY_RANK_SHARE,
            subject,
            Verdict.INFORMATIONAL,
            asOf,
            share("deputy-rank", f.townsWithDeputyRankChair(), f.towns())
                .citing(AppointmentRules.SEED_LEAD_TOWN)),
        Decision.of(
            AppointmentRules.TRAINED_SHARE,
            subject,
            Verdict.INFORMATIONAL,
            asOf,
            share("trained", f.trainedChairs(), f.chairs())
                .citing(AppointmentRules.SEED_LEAD_TRAIN)
                .using(window)));
  }

  private static Reason share(String name, long part, long whole) {
    Optional<BigDecimal> percent = StaffingFigures.percent(part, whole);
    if (percent.isEmpty()) {
      return Reason.of("reason.appointment.indicator." + name + "-none");
    }
    return Reason.of(
        "reason.appointment.indicator." + name,
        Argument.number("part", part),
        Argument.number("whole", whole),
        Argument.number("percent", percent.get()));
  }
}
