package org.dangong.policy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dangong.internal.Dates;
import org.dangong.model.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * Every threshold and local choice the engines apply, each as a timeline of values with the clause
 * it comes from and the period it is in force.
 *
 * <p>{@link #national()} gives the national defaults of every parameter in {@link Parameters}. A
 * locality makes its own policy from it without any code change:
 *
 * <pre>{@code
 * Policy shenzhen = Policy.national().toBuilder()
 *     .set(Parameters.WOMENS_COMMITTEE_MIN_FEMALE_STAFF, 30,
 *         Citation.of(Source.LOCAL, "Art. 8", "…").withNote("Shenzhen rules"),
 *         LocalDate.of(2024, 1, 1))
 *     .build();
 * int min = shenzhen.value(Parameters.WOMENS_COMMITTEE_MIN_FEMALE_STAFF, asOf); // 10 before 2024
 * }</pre>
 *
 * <p>Each parameter's timeline covers every date from its first entry's start on, without gaps or
 * overlaps, and its last entry is open-ended, so {@link #value(PolicyParameter, LocalDate)} is
 * defined for every date. For a date before the first entry's start (the national values start on
 * their clause's effective date, or at {@link LocalDate#MIN} when it is unknown), the first entry
 * applies: the library never invents a value for a period no clause covers, it extends the earliest
 * one back.
 *
 * <p>Building validates every entry at once and throws an {@link InvalidValueException} naming each
 * bad parameter (path {@code Policy.<PARAMETER_ID>}, the broken rule, the value): a value that
 * breaks the parameter's constraint, overlapping periods, gaps, a closed last period, and related
 * parameters out of order (an approval deadline beyond its maximum, a minimum extension beyond the
 * maximum).
 *
 * <p>Policies are equal when they have the same timelines. This class is immutable and thread-safe.
 */
public final class Policy {
  /** Pairs of parameters whose values must be ordered: first ≤ second on every date. */
  private static final ImmutableList<ImmutableList<PolicyParameter<?>>> ORDERED =
      ImmutableList.of(
          ImmutableList.of(
              Parameters.BRANCH_MIN_FULL_MEMBERS, Parameters.BRANCH_COMMITTEE_MIN_FULL_MEMBERS),
          ImmutableList.of(
              Parameters.GENERAL_BRANCH_MIN_MEMBERS, Parameters.PRIMARY_COMMITTEE_MIN_MEMBERS),
          ImmutableList.of(Parameters.ADMISSION_APPROVAL_WITHIN, Parameters.ADMISSION_APPROVAL_MAX),
          ImmutableList.of(Parameters.PROBATION_EXTENSION_MIN, Parameters.PROBATION_EXTENSION_MAX));

  // Declared after ORDERED, which building the national policy uses.
  private static final Policy NATIONAL = nationalPolicy();

  private final ImmutableSortedMap<PolicyParameter<?>, ImmutableList<PolicyValue<?>>> timelines;
  private final int hashCode;

  private Policy(ImmutableSortedMap<PolicyParameter<?>, ImmutableList<PolicyValue<?>>> timelines) {
    this.timelines = timelines;
    this.hashCode = timelines.hashCode();
  }

  /**
   * Returns the national policy: every parameter at its national default, cited, in force from its
   * primary clause's effective date (or from {@link LocalDate#MIN} when the clause has no date).
   *
   * @return the national policy
   */
  public static Policy national() {
    return NATIONAL;
  }

  private static Policy nationalPolicy() {
    Builder builder = new Builder(new TreeMap<>());
    for (PolicyParameter<?> parameter : Parameters.all()) {
      builder.addNational(parameter);
    }
    return builder.build();
  }

  /**
   * Returns the value of a parameter in force on a date.
   *
   * <p>For example, {@code Policy.national().value(Parameters.BRANCH_MIN_FULL_MEMBERS, date)} is 3.
   *
   * @param <T> the value type
   * @param parameter the parameter
   * @param asOf the date
   * @return the value in force on that date, or the earliest value for a date before it
   */
  public <T> T value(PolicyParameter<T> parameter, LocalDate asOf) {
    return entry(parameter, asOf).value();
  }

  /**
   * Returns the entry of a parameter in force on a date: its value, citations and validity.
   *
   * @param <T> the value type
   * @param parameter the parameter
   * @param asOf the date
   * @return the entry in force on that date, or the earliest entry for a date before it
   */
  public <T> PolicyValue<T> entry(PolicyParameter<T> parameter, LocalDate asOf) {
    ImmutableList<PolicyValue<T>> timeline = timeline(parameter);
    for (int i = timeline.size() - 1; i > 0; i--) {
      PolicyValue<T> candidate = timeline.get(i);
      if (!candidate.validity().from().isAfter(asOf)) {
        return candidate;
      }
    }
    return timeline.get(0);
  }

  /**
   * Returns every entry of a parameter, ordered by start date.
   *
   * @param <T> the value type
   * @param parameter the parameter
   * @return the timeline, never empty
   */
  @SuppressWarnings("unchecked") // the builder only stores PolicyValue<T> under PolicyParameter<T>
  public <T> ImmutableList<PolicyValue<T>> timeline(PolicyParameter<T> parameter) {
    ImmutableList<PolicyValue<?>> timeline = timelines.get(parameter);
    if (timeline == null) {
      // Unreachable for parameters of Parameters: every policy has them all.
      throw new IllegalArgumentException("no such parameter in this policy: " + parameter);
    }
    return (ImmutableList<PolicyValue<T>>) (ImmutableList<?>) timeline;
  }

  /**
   * Returns the parameters of this policy, sorted by id: every parameter of {@link Parameters}.
   *
   * @return the parameters
   */
  public ImmutableSortedSet<PolicyParameter<?>> parameters() {
    return timelines.keySet();
  }

  /**
   * Returns a builder initialised with this policy's timelines, to make a variant of it.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    TreeMap<PolicyParameter<?>, List<PolicyValue<?>>> copy = new TreeMap<>();
    timelines.forEach((parameter, timeline) -> copy.put(parameter, new ArrayList<>(timeline)));
    return new Builder(copy);
  }

  /**
   * Returns a copy of this policy in which a parameter has another value from a date on.
   *
   * <p>This is shorthand for {@code toBuilder().set(parameter, value, citation,
   * validFrom).build()}.
   *
   * @param <T> the value type
   * @param parameter the parameter
   * @param value the value in force from {@code validFrom}
   * @param citation the clause the value comes from
   * @param validFrom the first day the value is in force
   * @return the new policy
   * @throws InvalidValueException if the value breaks the parameter's constraint or the order with
   *     a related parameter
   */
  public <T> Policy with(
      PolicyParameter<T> parameter, T value, Citation citation, LocalDate validFrom) {
    return toBuilder().set(parameter, value, citation, validFrom).build();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Policy policy && timelines.equals(policy.timelines);
  }

  @Override
  public int hashCode() {
    return hashCode;
  }

  /**
   * Returns a summary of the policy, listing each parameter's timeline.
   *
   * @return the policy as text
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Policy[");
    String separator = "";
    for (ImmutableList<PolicyValue<?>> timeline : timelines.values()) {
      for (PolicyValue<?> entry : timeline) {
        text.append(separator).append(entry);
        separator = ", ";
      }
    }
    return text.append(']').toString();
  }

  /**
   * Builds a {@link Policy}, usually a local variant of {@link Policy#national()} obtained from
   * {@link Policy#toBuilder()}. A builder is not thread-safe.
   */
  public static final class Builder {
    private final Map<PolicyParameter<?>, List<PolicyValue<?>>> timelines;

    private Builder(Map<PolicyParameter<?>, List<PolicyValue<?>>> timelines) {
      this.timelines = timelines;
    }

    private <T> void addNational(PolicyParameter<T> parameter) {
      Validity validity =
          parameter
              .nationalCitations()
              .get(0)
              .effective()
              .map(Validity::of)
              .orElse(Validity.always());
      add(
          PolicyValue.of(
              parameter, parameter.nationalDefault(), parameter.nationalCitations(), validity));
    }

    /**
     * Sets the value of a parameter from a date on, superseding what was in force from then:
     * entries starting on or after {@code validFrom} are dropped and the entry in force on that
     * date ends the day before.
     *
     * @param <T> the value type
     * @param parameter the parameter
     * @param value the value
     * @param citation the clause the value comes from
     * @param validFrom the first day the value is in force
     * @return this builder
     * @throws InvalidValueException if the value is not of the parameter's type
     */
    public <T> Builder set(
        PolicyParameter<T> parameter, T value, Citation citation, LocalDate validFrom) {
      return set(parameter, value, ImmutableList.of(citation), validFrom);
    }

    /**
     * Sets the value of a parameter from a date on, with several citations, the primary one first;
     * see {@link #set(PolicyParameter, Object, Citation, LocalDate)}.
     *
     * @param <T> the value type
     * @param parameter the parameter
     * @param value the value
     * @param citations the clauses the value comes from, at least one
     * @param validFrom the first day the value is in force
     * @return this builder
     * @throws InvalidValueException if there is no citation or the value is not of the parameter's
     *     type
     */
    public <T> Builder set(
        PolicyParameter<T> parameter,
        T value,
        Iterable<? extends Citation> citations,
        LocalDate validFrom) {
      PolicyValue<T> entry = PolicyValue.of(parameter, value, citations, Validity.of(validFrom));
      List<PolicyValue<?>> kept = new ArrayList<>();
      for (PolicyValue<?> old : timelines.getOrDefault(parameter, List.of())) {
        if (old.validity().from().isBefore(validFrom)) {
          boolean runsPast = old.validity().until().map(validFrom::isBefore).orElse(true);
          kept.add(runsPast ? endAt(old, validFrom) : old);
        }
      }
      kept.add(entry);
      timelines.put(parameter, kept);
      return this;
    }

    /**
     * Sets the value of a parameter for all time, replacing its whole timeline.
     *
     * @param <T> the value type
     * @param parameter the parameter
     * @param value the value
     * @param citation the clause the value comes from
     * @return this builder
     * @throws InvalidValueException if the value is not of the parameter's type
     */
    public <T> Builder set(PolicyParameter<T> parameter, T value, Citation citation) {
      timelines.remove(parameter);
      return set(parameter, value, citation, LocalDate.MIN);
    }

    /**
     * Replaces the whole timeline of a parameter with the given entries, as they are; {@link
     * #build()} rejects the result if it is empty, if periods overlap or leave a gap, or if the
     * last one is closed. Useful to load a local policy from a table.
     *
     * @param <T> the value type
     * @param parameter the parameter
     * @param entries the entries of the parameter, in any order
     * @return this builder
     * @throws IllegalArgumentException if an entry belongs to another parameter
     */
    public <T> Builder replace(PolicyParameter<T> parameter, Iterable<PolicyValue<T>> entries) {
      List<PolicyValue<?>> timeline = new ArrayList<>();
      for (PolicyValue<T> entry : entries) {
        if (!entry.parameter().equals(parameter)) {
          throw new IllegalArgumentException(
              "entry of " + entry.parameter() + " in the timeline of " + parameter);
        }
        timeline.add(entry);
      }
      timelines.put(parameter, timeline);
      return this;
    }

    /**
     * Adds an entry as it is, without adjusting the others; {@link #build()} rejects the result if
     * periods overlap or leave a gap.
     *
     * @param <T> the value type
     * @param entry the entry
     * @return this builder
     */
    public <T> Builder add(PolicyValue<T> entry) {
      timelines.computeIfAbsent(entry.parameter(), p -> new ArrayList<>()).add(entry);
      return this;
    }

    private static <T> PolicyValue<T> endAt(PolicyValue<T> entry, LocalDate end) {
      return entry.withValidity(entry.validity().endingAt(end));
    }

    /**
     * Validates every entry and builds the policy.
     *
     * @return the policy
     * @throws InvalidValueException listing every problem, each at path {@code
     *     Policy.<PARAMETER_ID>}: a value that breaks its parameter's constraint ({@link
     *     PolicyParameter#constraint()}), {@code MISSING_VALUE}, {@code NO_OVERLAPPING_VALIDITY},
     *     {@code NO_GAP_IN_VALIDITY}, {@code LAST_VALIDITY_OPEN_ENDED}, or {@code
     *     AT_MOST_<OTHER_ID>} for related parameters out of order
     */
    public Policy build() {
      ProblemList problems = new ProblemList();
      ImmutableSortedMap.Builder<PolicyParameter<?>, ImmutableList<PolicyValue<?>>> result =
          ImmutableSortedMap.naturalOrder();
      List<PolicyParameter<?>> sound = new ArrayList<>();
      for (PolicyParameter<?> parameter : Parameters.all()) {
        if (!timelines.containsKey(parameter)) {
          problems.add(path(parameter), "MISSING_VALUE", "no value");
        }
      }
      for (Map.Entry<PolicyParameter<?>, List<PolicyValue<?>>> e : timelines.entrySet()) {
        ImmutableList<PolicyValue<?>> timeline =
            ImmutableList.sortedCopyOf(
                Comparator.comparing((PolicyValue<?> v) -> v.validity().from()), e.getValue());
        int before = problems.size();
        check(e.getKey(), timeline, problems);
        if (problems.size() == before) {
          sound.add(e.getKey());
        }
        result.put(e.getKey(), timeline);
      }
      ImmutableSortedMap<PolicyParameter<?>, ImmutableList<PolicyValue<?>>> built = result.build();
      Policy policy = new Policy(built);
      for (ImmutableList<PolicyParameter<?>> pair : ORDERED) {
        if (sound.contains(pair.get(0)) && sound.contains(pair.get(1))) {
          checkOrder(policy, pair.get(0), pair.get(1), problems);
        }
      }
      problems.throwIfAny();
      return policy;
    }

    private static void check(
        PolicyParameter<?> parameter,
        ImmutableList<PolicyValue<?>> timeline,
        ProblemList problems) {
      String path = path(parameter);
      if (timeline.isEmpty()) {
        problems.add(path, "MISSING_VALUE", "no value");
        return;
      }
      for (PolicyValue<?> entry : timeline) {
        problems.require(
            parameter.accepts(entry.value()),
            path,
            parameter.constraint(),
            entry.value() + " " + entry.validity());
      }
      for (int i = 1; i < timeline.size(); i++) {
        Validity previous = timeline.get(i - 1).validity();
        Validity next = timeline.get(i).validity();
        if (previous.overlaps(next)) {
          problems.add(path, "NO_OVERLAPPING_VALIDITY", previous + " overlaps " + next);
        } else if (previous.until().map(end -> end.isBefore(next.from())).orElse(false)) {
          problems.add(path, "NO_GAP_IN_VALIDITY", previous + " then " + next);
        }
      }
      Validity last = timeline.get(timeline.size() - 1).validity();
      problems.require(last.until().isEmpty(), path, "LAST_VALIDITY_OPEN_ENDED", last);
    }

    private static void checkOrder(
        Policy policy,
        PolicyParameter<?> lesser,
        PolicyParameter<?> greater,
        ProblemList problems) {
      List<LocalDate> dates = new ArrayList<>();
      for (PolicyParameter<?> parameter : List.of(lesser, greater)) {
        for (PolicyValue<?> entry : policy.timeline(parameter)) {
          dates.add(entry.validity().from());
        }
      }
      dates.sort(Comparator.naturalOrder());
      for (LocalDate date : dates) {
        Object low = policy.entry(lesser, date).value();
        Object high = policy.entry(greater, date).value();
        if (!atMost(low, high, date)) {
          problems.add(
              path(lesser),
              "AT_MOST_" + greater.id(),
              low + " > " + greater.id() + " " + high + " on " + date);
          return;
        }
      }
    }

    /** Integers compare as numbers; periods by the dates they reach from the reference date. */
    private static boolean atMost(Object low, Object high, LocalDate reference) {
      if (low instanceof Integer lowCount && high instanceof Integer highCount) {
        return lowCount <= highCount;
      }
      if (low instanceof Period lowPeriod && high instanceof Period highPeriod) {
        LocalDate start = reference.equals(LocalDate.MIN) ? LocalDate.EPOCH : reference;
        return !Dates.plus(start, lowPeriod).isAfter(Dates.plus(start, highPeriod));
      }
      throw new IllegalStateException("unordered parameter values: " + low + ", " + high);
    }

    private static String path(PolicyParameter<?> parameter) {
      return "Policy." + parameter.id();
    }
  }

  /**
   * Returns the parameters whose earliest entry starts after the given date, that is, whose value
   * on that date is the earliest value extended back (see the class description).
   *
   * @param asOf the date
   * @return the parameters whose first entry starts after {@code asOf}, sorted by id
   */
  public ImmutableList<PolicyParameter<?>> extendedBackAt(LocalDate asOf) {
    return timelines.entrySet().stream()
        .filter(e -> e.getValue().get(0).validity().from().isAfter(asOf))
        .map(Map.Entry::getKey)
        .collect(ImmutableList.toImmutableList());
  }
}
