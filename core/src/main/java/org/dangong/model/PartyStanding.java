package org.dangong.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person's party standing (政治面貌): the stage reached, the date each stage began, whether the
 * member is under 留党察看 (probation within the party, a disciplinary measure), and the party
 * organisation holding the relation (组织关系) when it is not the one covering the employer.
 *
 * <p>The date of the current stage is required; dates of earlier stages are optional (old records
 * often lack them) but, where given, must be in order; dates of later stages must be absent. Party
 * standing (党龄) counts from {@link #fullSince()}.
 *
 * <pre>{@code
 * PartyStanding s = PartyStanding.fullMember(LocalDate.of(2015, 7, 1));
 * PartyStanding a = PartyStanding.builder()
 *     .stage(PartyStage.ACTIVIST)
 *     .appliedOn(LocalDate.of(2024, 3, 1))
 *     .activistSince(LocalDate.of(2024, 9, 1))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PartyStanding implements WithPartyStanding {
  private static final PartyStanding NONE = builder().stage(PartyStage.NONE).build();

  PartyStanding() {}

  /**
   * Returns the stage reached.
   *
   * @return the stage
   */
  public abstract PartyStage stage();

  /**
   * Returns the date the application to join was received (DEVELOP-REG Art. 7).
   *
   * @return the date, if known
   */
  public abstract Optional<LocalDate> appliedOn();

  /**
   * Returns the date the person became an activist (DEVELOP-REG Art. 8).
   *
   * @return the date, if known
   */
  public abstract Optional<LocalDate> activistSince();

  /**
   * Returns the date the person became a development target (DEVELOP-REG Art. 13).
   *
   * @return the date, if known
   */
  public abstract Optional<LocalDate> developmentTargetSince();

  /**
   * Returns the date probationary membership began: the branch meeting's date (DEVELOP-REG Art.
   * 32).
   *
   * @return the date, if known
   */
  public abstract Optional<LocalDate> probationarySince();

  /**
   * Returns the date full membership began, from which party standing (党龄) counts.
   *
   * @return the date, present for full members
   */
  public abstract Optional<LocalDate> fullSince();

  /**
   * Tells whether the member is under 留党察看 without rights restored; such a member may not
   * introduce applicants (DEVELOP-REG Art. 14).
   *
   * @return true if under 留党察看
   */
  @Value.Default
  public boolean underDisciplinaryProbation() {
    return false;
  }

  /**
   * Returns the party organisation holding the person's relation when it is not the one covering
   * their employer — for example a talent market's party organisation for a member without an
   * employer.
   *
   * @return the holding organisation, if set explicitly
   */
  public abstract Optional<OrganizationId> organization();

  /**
   * Tells whether the person is a member: probationary or full.
   *
   * @return true for members
   */
  public final boolean isMember() {
    return stage().isMember();
  }

  /**
   * Tells whether the person is a full member (正式党员).
   *
   * @return true for full members
   */
  public final boolean isFullMember() {
    return stage() == PartyStage.FULL;
  }

  /**
   * Returns the standing of someone who is not in the party and not in the pipeline (群众).
   *
   * @return the standing
   */
  public static PartyStanding none() {
    return NONE;
  }

  /**
   * Returns the standing of a full member since the given date.
   *
   * @param fullSince the date full membership began
   * @return the standing
   */
  public static PartyStanding fullMember(LocalDate fullSince) {
    return builder().stage(PartyStage.FULL).fullSince(fullSince).build();
  }

  /**
   * Returns the standing of a probationary member since the given date.
   *
   * @param probationarySince the date of the admitting branch meeting
   * @return the standing
   */
  public static PartyStanding probationaryMember(LocalDate probationarySince) {
    return builder().stage(PartyStage.PROBATIONARY).probationarySince(probationarySince).build();
  }

  /**
   * Returns the standing of an applicant whose application was received on the given date.
   *
   * @param appliedOn the date the application was received
   * @return the standing
   */
  public static PartyStanding applicant(LocalDate appliedOn) {
    return builder().stage(PartyStage.APPLICANT).appliedOn(appliedOn).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no attributes set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the date the given stage began, if recorded.
   *
   * @param stage the stage
   * @return its start date; empty for {@link PartyStage#NONE} or when not recorded
   */
  public final Optional<LocalDate> dateOf(PartyStage stage) {
    switch (stage) {
      case APPLICANT:
        return appliedOn();
      case ACTIVIST:
        return activistSince();
      case DEVELOPMENT_TARGET:
        return developmentTargetSince();
      case PROBATIONARY:
        return probationarySince();
      case FULL:
        return fullSince();
      case NONE:
      default:
        return Optional.empty();
    }
  }

  /**
   * Returns every recorded date, in stage order; used to check that they follow a given birth date.
   *
   * @return the recorded dates
   */
  final List<LocalDate> recordedDates() {
    List<LocalDate> dates = new ArrayList<>(5);
    for (PartyStage s : PartyStage.values()) {
      dateOf(s).ifPresent(dates::add);
    }
    return dates;
  }

  @Value.Check
  void check() {
    Problems p = new Problems("PartyStanding");
    PartyStage stage = stage();
    if (stage != PartyStage.NONE) {
      p.require(dateOf(stage).isPresent(), field(stage), "REQUIRED_FOR_STAGE", stage);
    }
    LocalDate previous = LocalDate.MIN;
    for (PartyStage s : PartyStage.values()) {
      Optional<LocalDate> date = dateOf(s);
      if (date.isEmpty()) {
        continue;
      }
      if (s.compareTo(stage) > 0) {
        p.add(field(s), "ABSENT_AFTER_STAGE_" + stage, date.get());
      } else if (date.get().isBefore(previous)) {
        p.add(field(s), "NOT_BEFORE_EARLIER_STAGE", date.get());
      } else {
        previous = date.get();
      }
    }
    p.require(
        !underDisciplinaryProbation() || stage.isMember(),
        "underDisciplinaryProbation",
        "ONLY_FOR_MEMBERS",
        stage);
    p.require(
        organization().isEmpty() || stage != PartyStage.NONE,
        "organization",
        "NOT_FOR_STAGE_NONE",
        organization().map(OrganizationId::value).orElse(""));
    p.throwIfAny();
  }

  private static String field(PartyStage stage) {
    switch (stage) {
      case APPLICANT:
        return "appliedOn";
      case ACTIVIST:
        return "activistSince";
      case DEVELOPMENT_TARGET:
        return "developmentTargetSince";
      case PROBATIONARY:
        return "probationarySince";
      case FULL:
        return "fullSince";
      case NONE:
      default:
        return "stage";
    }
  }

  /** Builds a {@link PartyStanding}; {@link #build()} throws {@link InvalidValueException} on bad input. */
  public static final class Builder extends ImmutablePartyStanding.Builder {
    Builder() {}
  }
}
