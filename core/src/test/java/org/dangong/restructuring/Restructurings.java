package org.dangong.restructuring;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseId;
import org.dangong.model.EnterpriseStatus;
import org.dangong.model.Jurisdiction;
import org.dangong.model.Ownership;
import org.dangong.model.Person;
import org.dangong.model.Region;
import org.dangong.testkit.Generator;
import org.dangong.testkit.JurisdictionGenerator;
import org.dangong.testkit.Jurisdictions;

/**
 * Generators of valid restructurings of generated jurisdictions, on the testkit's {@link
 * Generator}: every kind, existing and new successors, continuing and dissolving splits, and
 * allocations that retire people, make them unemployed or place them elsewhere.
 *
 * <p>A {@link Case} shrinks by shrinking its jurisdiction (with {@link Jurisdictions#shrinker()})
 * as long as the restructuring stays valid in it, and by dropping optional allocations.
 */
final class Restructurings {
  /** A jurisdiction, a restructuring valid in it, and the date it takes effect. */
  record Case(Jurisdiction jurisdiction, Restructuring restructuring, LocalDate date) {
    @Override
    public String toString() {
      return restructuring + " on " + date + " of " + jurisdiction;
    }
  }

  private Restructurings() {}

  /**
   * Returns a generator of cases over the given jurisdictions, with dates from the reference date
   * to a year after it.
   */
  static Generator<Case> cases(JurisdictionGenerator jurisdictions) {
    LocalDate reference = jurisdictions.referenceDate();
    Generator<Case> plain =
        random -> {
          Jurisdiction j = jurisdictions.next(random);
          LocalDate date = reference.plusDays(random.nextInt(366));
          return new Case(j, restructuring(j, random, date), date);
        };
    return plain.withShrinker(Restructurings::shrink).describedBy(Restructurings::describe);
  }

  /** Returns a generator of restructurings valid in the given jurisdiction. */
  static Generator<Restructuring> restructurings(Jurisdiction j, LocalDate date) {
    return random -> restructuring(j, random, date);
  }

  static String describe(Case c) {
    StringBuilder text =
        new StringBuilder(c.restructuring().toString()).append(" on ").append(c.date());
    for (Allocation a : c.restructuring().allocations()) {
      text.append("\n  ").append(a);
    }
    return text.append('\n').append(Jurisdictions.describe(c.jurisdiction())).toString();
  }

  private static Stream<Case> shrink(Case c) {
    Stream<Case> simpler = Stream.empty();
    Restructuring r = c.restructuring();
    if (!r.allocations().isEmpty()) {
      Restructuring without = null;
      if (r instanceof Merger m) {
        without = m.withAllocations(ImmutableList.of());
      } else if (r instanceof Closure cl) {
        without = cl.withAllocations(ImmutableList.of());
      } else if (r instanceof OwnershipChange o) {
        without = o.withAllocations(ImmutableList.of());
      }
      if (without != null) {
        simpler = Stream.of(new Case(c.jurisdiction(), without, c.date()));
      }
    }
    Stream<Case> smaller =
        Jurisdictions.shrinker()
            .candidates(c.jurisdiction())
            .filter(j -> r.problemsIn(j).isEmpty())
            .map(j -> new Case(j, r, c.date()));
    return Stream.concat(simpler, smaller);
  }

  // ---- drawing ----

  private static Restructuring restructuring(
      Jurisdiction j, RandomGenerator random, LocalDate date) {
    List<Enterprise> open = new ArrayList<>();
    for (Enterprise e : j.enterprises()) {
      if (e.status() != EnterpriseStatus.CLOSED) {
        open.add(e);
      }
    }
    if (open.isEmpty()) {
      throw new IllegalArgumentException("no open enterprise to restructure");
    }
    List<RestructuringKind> kinds =
        new ArrayList<>(
            List.of(
                RestructuringKind.CLOSURE,
                RestructuringKind.OWNERSHIP_CHANGE,
                RestructuringKind.SPLIT));
    if (open.size() >= 2) {
      kinds.add(RestructuringKind.MERGER);
      if (open.stream().anyMatch(e -> !j.employees(e.id()).isEmpty())) {
        kinds.add(RestructuringKind.STAFF_TRANSFER);
      }
    }
    shuffle(open, random);
    switch (kinds.get(random.nextInt(kinds.size()))) {
      case MERGER:
        return merger(j, open, random, date);
      case SPLIT:
        return split(j, open, random, date);
      case OWNERSHIP_CHANGE:
        return ownershipChange(j, open, random);
      case STAFF_TRANSFER:
        return staffTransfer(j, open, random);
      case CLOSURE:
      default:
        return closure(j, open, random);
    }
  }

  private static Merger merger(
      Jurisdiction j, List<Enterprise> open, RandomGenerator random, LocalDate date) {
    boolean newSuccessor = random.nextBoolean();
    Merger.Builder b = Merger.builder();
    List<Enterprise> absorbed;
    if (newSuccessor) {
      absorbed = open.subList(0, 2 + random.nextInt(Math.min(3, open.size()) - 1));
      b.successor(Successor.toBeFounded(newEnterprise(j, random, date, 1)));
    } else {
      b.successor(Successor.existing(open.get(0).id()));
      absorbed = open.subList(1, 2 + random.nextInt(Math.min(3, open.size() - 1)));
    }
    for (Enterprise e : absorbed) {
      b.addAbsorbed(e.id());
      for (Person p : j.employees(e.id())) {
        double roll = random.nextDouble();
        if (roll < 0.1) {
          b.addAllocations(Allocation.retired(p.id()));
        } else if (roll < 0.2) {
          b.addAllocations(Allocation.unemployed(p.id()));
        }
      }
    }
    return b.build();
  }

  private static Split split(
      Jurisdiction j, List<Enterprise> open, RandomGenerator random, LocalDate date) {
    Enterprise source = open.get(0);
    boolean continues = random.nextBoolean();
    int parts = (continues ? 1 : 2) + random.nextInt(2);
    Split.Builder b = Split.builder().source(source.id()).sourceContinues(continues);
    List<EnterpriseId> targets = new ArrayList<>();
    int existing = 1;
    for (int k = 1; k <= parts; k++) {
      if (existing < open.size() && random.nextDouble() < 0.4) {
        EnterpriseId id = open.get(existing++).id();
        b.addParts(Successor.existing(id));
        targets.add(id);
      } else {
        Enterprise e = newEnterprise(j, random, date, k);
        b.addParts(Successor.toBeFounded(e));
        targets.add(e.id());
      }
    }
    if (continues) {
      targets.add(source.id());
    }
    for (Person p : j.employees(source.id())) {
      double roll = random.nextDouble();
      if (roll < 0.1) {
        b.addAllocations(Allocation.retired(p.id()));
      } else if (roll < 0.15) {
        b.addAllocations(Allocation.unemployed(p.id()));
      } else if (!continues || roll < 0.6) {
        b.addAllocations(Allocation.to(p.id(), targets.get(random.nextInt(targets.size()))));
      }
    }
    return b.build();
  }

  private static Closure closure(Jurisdiction j, List<Enterprise> open, RandomGenerator random) {
    Enterprise closing = open.get(0);
    Closure.Builder b = Closure.builder().enterprise(closing.id());
    for (Person p : j.employees(closing.id())) {
      double roll = random.nextDouble();
      if (roll < 0.15 && open.size() > 1) {
        b.addAllocations(Allocation.to(p.id(), open.get(1 + random.nextInt(open.size() - 1)).id()));
      } else if (roll < 0.3) {
        b.addAllocations(Allocation.retired(p.id()));
      }
    }
    return b.build();
  }

  private static OwnershipChange ownershipChange(
      Jurisdiction j, List<Enterprise> open, RandomGenerator random) {
    Enterprise e = open.get(0);
    List<Ownership> others = new ArrayList<>(List.of(Ownership.values()));
    others.remove(e.ownership());
    // the seed's case, state-owned to restructured, comes up often
    Ownership to =
        e.ownership() == Ownership.STATE_OWNED && random.nextBoolean()
            ? Ownership.RESTRUCTURED_STATE_OWNED
            : others.get(random.nextInt(others.size()));
    OwnershipChange.Builder b = OwnershipChange.builder().enterprise(e.id()).ownership(to);
    for (Person p : j.employees(e.id())) {
      double roll = random.nextDouble();
      if (roll < 0.1) {
        b.addAllocations(Allocation.retired(p.id()));
      } else if (roll < 0.2) {
        b.addAllocations(Allocation.unemployed(p.id()));
      } else if (roll < 0.25 && open.size() > 1) {
        b.addAllocations(Allocation.to(p.id(), open.get(1).id()));
      }
    }
    return b.build();
  }

  private static StaffTransfer staffTransfer(
      Jurisdiction j, List<Enterprise> open, RandomGenerator random) {
    Enterprise from =
        open.stream().filter(e -> !j.employees(e.id()).isEmpty()).findFirst().orElseThrow();
    Enterprise to = open.stream().filter(e -> !e.id().equals(from.id())).findFirst().orElseThrow();
    List<Person> staff = j.employees(from.id());
    StaffTransfer.Builder b = StaffTransfer.builder().source(from.id()).destination(to.id());
    b.addPeople(staff.get(random.nextInt(staff.size())).id());
    for (Person p : staff) {
      if (random.nextDouble() < 0.4) {
        b.addPeople(p.id());
      }
    }
    return b.build();
  }

  private static Enterprise newEnterprise(
      Jurisdiction j, RandomGenerator random, LocalDate date, int k) {
    String id = "N" + k;
    while (j.enterprise(EnterpriseId.of(id)).isPresent()) {
      id = id + "x";
    }
    List<Region> regions = j.regions();
    Region region = regions.get(random.nextInt(regions.size()));
    Ownership[] ownerships = Ownership.values();
    int headcount = random.nextInt(300);
    return Enterprise.builder()
        .id(EnterpriseId.of(id))
        .name("新设企业" + k + "号")
        .ownership(ownerships[random.nextInt(ownerships.length)])
        .region(region.id())
        .headcount(headcount)
        .femaleHeadcount(headcount == 0 ? 0 : random.nextInt(headcount + 1))
        .founded(date)
        .build();
  }

  private static <T> void shuffle(List<T> list, RandomGenerator random) {
    for (int i = list.size() - 1; i > 0; i--) {
      int k = random.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(k));
      list.set(k, t);
    }
  }
}
