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
 * The branch committee determined an applicant an activist (确定为入党积极分子, DEVELOP-REG Art. 8), on a
 * union recommendation (推优, DUAL-REC-2) or on party members' recommendation (党员推荐).
 *
 * <p>The union channel needs the union committee's recommendation earlier in the workflow; the
 * member channel names the recommending members, whose records at the time show that they are party
 * members. Either way the applicant must have applied and been talked with, and the activist is
 * then to be filed with the higher committee ({@link ActivistFiled}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ActivistDetermined extends DevelopmentEvent {
  ActivistDetermined() {}

  /**
   * Returns how the activist was proposed.
   *
   * @return the channel
   */
  public abstract RecommendationChannel channel();

  /**
   * Returns the party members who recommended the applicant; empty for the union channel.
   *
   * @return the recommenders' ids
   */
  public abstract ImmutableSet<PersonId> recommenders();

  /**
   * Returns the records of the recommenders known to the facts given, in the order given; a
   * recommender without a record is rejected as unknown.
   *
   * @return the recommenders' records
   */
  public abstract ImmutableList<Person> recommenderRecords();

  /**
   * Obtains the event for an applicant recommended by the union (推优).
   *
   * @param date the date of the branch committee's decision
   * @param person the applicant
   * @param decidedBy the branch committee
   * @return the event
   */
  public static ActivistDetermined byUnionRecommendation(
      LocalDate date, PersonId person, Subject decidedBy) {
    return ImmutableActivistDetermined.builder()
        .date(date)
        .person(person)
        .decidedBy(decidedBy)
        .channel(RecommendationChannel.UNION_RECOMMENDATION)
        .build();
  }

  /**
   * Obtains the event for an applicant recommended by party members.
   *
   * @param date the date of the branch committee's decision
   * @param person the applicant
   * @param decidedBy the branch committee
   * @param recommenders the recommending members' records at the time
   * @return the event
   * @throws org.dangong.model.InvalidValueException if the applicant recommends themself
   */
  public static ActivistDetermined byMemberRecommendation(
      LocalDate date, PersonId person, Subject decidedBy, Iterable<Person> recommenders) {
    return ImmutableActivistDetermined.builder()
        .date(date)
        .person(person)
        .decidedBy(decidedBy)
        .channel(RecommendationChannel.MEMBER_RECOMMENDATION)
        .recommenders(Streams.stream(recommenders).map(Person::id).collect(ImmutableSet.toImmutableSet()))
        .recommenderRecords(recommenders)
        .build();
  }

  /**
   * Obtains the event for an applicant recommended by party members, with their records from a
   * jurisdiction.
   *
   * @param jurisdiction the facts
   * @param person the applicant
   * @param recommenders the recommending members
   * @param date the date of the branch committee's decision
   * @param decidedBy the branch committee
   * @return the event
   * @throws org.dangong.model.InvalidValueException if the applicant recommends themself
   */
  public static ActivistDetermined byMemberRecommendation(
      Jurisdiction jurisdiction,
      PersonId person,
      Iterable<PersonId> recommenders,
      LocalDate date,
      Subject decidedBy) {
    ImmutableActivistDetermined.Builder builder =
        ImmutableActivistDetermined.builder()
            .date(date)
            .person(person)
            .decidedBy(decidedBy)
            .channel(RecommendationChannel.MEMBER_RECOMMENDATION)
            .recommenders(recommenders);
    for (PersonId id : recommenders) {
      jurisdiction.person(id).ifPresent(p -> builder.addRecommenderRecords(p));
    }
    return builder.build();
  }

  @Override
  public final WorkflowStep step() {
    return WorkflowStep.ACTIVIST_DETERMINATION;
  }

  @Value.Check
  void check() {
    Structure s = new Structure("ActivistDetermined");
    s.require(
        channel() == RecommendationChannel.MEMBER_RECOMMENDATION || recommenders().isEmpty(),
        "recommenders",
        "NONE_FOR_UNION_CHANNEL",
        recommenders());
    s.require(!recommenders().contains(person()), "recommenders", "NOT_SELF", person().value());
    for (Person record : recommenderRecords()) {
      s.require(
          recommenders().contains(record.id()),
          "recommenderRecords",
          "OF_A_RECOMMENDER",
          record.id());
    }
    s.throwIfAny();
  }
}
