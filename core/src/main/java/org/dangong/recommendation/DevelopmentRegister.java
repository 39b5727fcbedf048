package org.dangong.recommendation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangong.decision.Decision;
import org.dangong.decision.Subject;
import org.dangong.decision.Verdict;
import org.dangong.model.PersonId;
import org.dangong.policy.Policy;
import org.immutables.value.Value;

/**
 * The register (台账) of every person's {@link MembershipDevelopment} under one policy: events are
 * routed to the person they are about.
 *
 * <p>An {@link ApplicationReceived} for a person not yet in the register starts their development;
 * any other event about a person the register does not know is rejected under {@code
 * DUAL-REC.KNOWN-PERSON}, and the register stays as it was. Across people the register keeps no
 * order: each person's events must be in sequence and date order, but one person's events may come
 * after a later-dated event of another.
 *
 * <pre>{@code
 * DevelopmentRegister register = DevelopmentRegister.of(Policy.national());
 * for (DevelopmentEvent e : events) {
 *   Transition<DevelopmentRegister> t = register.apply(e);
 *   t.rejections().forEach(rejected::add);
 *   register = t.state();
 * }
 * RecommendationStatistics year = register.statistics(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DevelopmentRegister
    implements Workflow<DevelopmentRegister, DevelopmentEvent> {
  private static final Comparator<AuditEntry> CHRONOLOGICAL =
      Comparator.comparing(AuditEntry::date)
          .thenComparing(a -> ((DevelopmentEvent) a.event()).person())
          .thenComparingInt(AuditEntry::sequence);

  DevelopmentRegister() {}

  /**
   * Returns the policy every development applies.
   *
   * @return the policy
   */
  public abstract Policy policy();

  /**
   * Returns the calendar of working days every development uses.
   *
   * @return the calendar
   */
  public abstract WorkingCalendar calendar();

  /** The developments by person. */
  abstract ImmutableMap<PersonId, MembershipDevelopment> byPerson();

  /**
   * Returns an empty register under a policy, with weekends as the only days off.
   *
   * @param policy the policy
   * @return the register
   */
  public static DevelopmentRegister of(Policy policy) {
    return of(policy, WorkingCalendar.weekends());
  }

  /**
   * Returns an empty register under a policy and a calendar of working days.
   *
   * @param policy the policy
   * @param calendar the working days
   * @return the register
   */
  public static DevelopmentRegister of(Policy policy, WorkingCalendar calendar) {
    return ImmutableDevelopmentRegister.builder().policy(policy).calendar(calendar).build();
  }

  /**
   * Replays events into an empty register, in linear time, stopping at the first rejection.
   *
   * @param policy the policy
   * @param calendar the working days
   * @param events the events
   * @return the register after every event, or the first rejection with the register before it
   */
  public static Transition<DevelopmentRegister> replay(
      Policy policy, WorkingCalendar calendar, Iterable<? extends DevelopmentEvent> events) {
    DevelopmentRegister empty = of(policy, calendar);
    Map<PersonId, MembershipDevelopment> developments = new LinkedHashMap<>();
    for (DevelopmentEvent event : events) {
      Transition<MembershipDevelopment> t = route(empty, developments.get(event.person()), event);
      if (t.isRejected()) {
        return Transition.rejected(with(empty, developments), t.rejections());
      }
      developments.put(event.person(), t.state());
    }
    return Transition.accepted(with(empty, developments));
  }

  @Override
  public final Transition<DevelopmentRegister> apply(DevelopmentEvent event) {
    Transition<MembershipDevelopment> t = route(this, byPerson().get(event.person()), event);
    if (t.isRejected()) {
      return Transition.rejected(this, t.rejections());
    }
    Map<PersonId, MembershipDevelopment> developments = new LinkedHashMap<>(byPerson());
    developments.put(event.person(), t.state());
    return Transition.accepted(with(this, developments));
  }

  private static Transition<MembershipDevelopment> route(
      DevelopmentRegister register,
      @org.jspecify.annotations.Nullable MembershipDevelopment existing,
      DevelopmentEvent event) {
    if (existing != null) {
      return existing.apply(event);
    }
    MembershipDevelopment start =
        MembershipDevelopment.of(event.person(), register.policy(), register.calendar());
    if (event instanceof ApplicationReceived) {
      return start.apply(event);
    }
    return Transition.rejected(
        start,
        ImmutableList.of(
            Decision.of(
                RecommendationRules.KNOWN_PERSON,
                Subject.person(event.person()),
                Verdict.NOT_SATISFIED,
                event.date(),
                Reasons.unknownPerson(event.person()))));
  }

  private static DevelopmentRegister with(
      DevelopmentRegister register, Map<PersonId, MembershipDevelopment> developments) {
    return ImmutableDevelopmentRegister.builder().from(register).byPerson(developments).build();
  }

  /**
   * Returns the development of a person.
   *
   * @param person the person
   * @return the development, or empty if the register has no application of theirs
   */
  public final Optional<MembershipDevelopment> development(PersonId person) {
    return Optional.ofNullable(byPerson().get(person));
  }

  /**
   * Returns every development, in person id order.
   *
   * @return the developments
   */
  public final ImmutableList<MembershipDevelopment> developments() {
    return ImmutableList.sortedCopyOf(
        Comparator.comparing(MembershipDevelopment::person), byPerson().values());
  }

  /**
   * Returns every accepted event, by date, then person, then each person's order; replaying this
   * history into an empty register gives an equal register.
   *
   * @return the history
   */
  @Override
  public final ImmutableList<DevelopmentEvent> history() {
    return auditTrail().stream()
        .map(a -> (DevelopmentEvent) a.event())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns every person's audit entries, by date, then person, then each person's order.
   *
   * @return the audit trail
   */
  @Override
  public final ImmutableList<AuditEntry> auditTrail() {
    List<AuditEntry> all = new ArrayList<>();
    byPerson().values().forEach(d -> all.addAll(d.auditTrail()));
    return ImmutableList.sortedCopyOf(CHRONOLOGICAL, all);
  }

  @Override
  public final ImmutableList<Obligation> obligations(LocalDate asOf) {
    List<Obligation> all = new ArrayList<>();
    byPerson().values().forEach(d -> all.addAll(d.obligations(asOf)));
    return ImmutableList.sortedCopyOf(all);
  }

  /**
   * Returns the statistics of the register over a period; see {@link
   * RecommendationStatistics#of(Iterable, LocalDate, LocalDate)}.
   *
   * @param from the first day of the period
   * @param until the first day after it
   * @return the statistics
   * @throws IllegalArgumentException if {@code until} is not after {@code from}
   */
  public final RecommendationStatistics statistics(LocalDate from, LocalDate until) {
    return RecommendationStatistics.of(developments(), from, until);
  }

  /**
   * Returns the register in short, such as {@code DevelopmentRegister[12 people]}.
   *
   * @return the register as text
   */
  @Override
  public String toString() {
    return "DevelopmentRegister[" + byPerson().size() + " people]";
  }
}
