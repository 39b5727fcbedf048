package org.dangong.recommendation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Streams;
import java.time.LocalDate;
import org.dangong.decision.Subject;
import org.dangong.model.Jurisdiction;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.immutables.value.Value;

/**
 * Introducers (入党介绍人) were assigned to a development target (DEVELOP-REG Art. 14).
 *
 * <p>The introducers' records at the time are facts of the event: the guard checks that there are
 * {@code INTRODUCERS_REQUIRED} of them (two), each a full member (正式党员) and none under 留党察看 without
 * rights restored.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class IntroducersAssigned extends DevelopmentEvent {
  IntroducersAssigned() {}

  /**
   * Returns the introducers.
   *
   * @return their ids
   */
  public abstract ImmutableSet<PersonId> introducers();

  /**
   * Returns the records of the introducers known to the facts given; an introducer without a record
   * is rejected as unknown.
   *
   * @return their records at the time
   */
  public abstract ImmutableList<Person> introducerRecords();

  /**
   * Obtains the event from the introducers' records.
   *
   * @param date the date of the assignment
   * @param person the development target
   * @param decidedBy the branch
   * @param introducers the introducers' records at the time
   * @return the event
   * @throws org.dangong.model.InvalidValueException if the target introduces themself
   */
  public static IntroducersAssigned of(
      LocalDate date, PersonId person, Subject decidedBy, Iterable<Person> introducers) {
    return ImmutableIntroducersAssigned.builder()
        .date(date)
        .person(person)
        .decidedBy(decidedBy)
        .introducers(Streams.stream(introducers).map(Person::id).collect(ImmutableSet.toImmutableSet()))
        .introducerRecords(introducers)
        .build();
  }

  /**
   * Obtains the event with the introducers' records from a jurisdiction.
   *
   * @param jurisdiction the facts
   * @param person the development target
   * @param introducers the introducers
   * @param date the date of the assignment
   * @param decidedBy the branch
   * @return the event
   * @throws org.dangong.model.InvalidValueException if the target introduces themself
   */
  public static IntroducersAssigned from(
      Jurisdiction jurisdiction,
      PersonId person,
      Iterable<PersonId> introducers,
      LocalDate date,
      Subject decidedBy) {
    ImmutableIntroducersAssigned.Builder builder =
        ImmutableIntroducersAssigned.builder()
            .date(date)
            .person(person)
            .decidedBy(decidedBy)
            .introducers(introducers);
    for (PersonId id : introducers) {
      jurisdiction.person(id).ifPresent(p -> builder.addIntroducerRecords(p));
    }
    return builder.build();
  }

  @Override
  public final WorkflowStep step() {
    return WorkflowStep.INTRODUCERS;
  }

  @Value.Check
  void check() {
    Structure s = new Structure("IntroducersAssigned");
    s.require(!introducers().contains(person()), "introducers", "NOT_SELF", person().value());
    for (Person record : introducerRecords()) {
      s.require(
          introducers().contains(record.id()),
          "introducerRecords",
          "OF_AN_INTRODUCER",
          record.id());
    }
    s.throwIfAny();
  }
}
