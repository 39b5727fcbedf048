package org.dangong.testkit;

import java.time.LocalDate;
import java.util.random.RandomGenerator;
import org.dangong.model.PartyStage;
import org.dangong.model.PartyStanding;

/**
 * Realistic party standings for a stage, with dates relative to a reference date: the pipeline of
 * DEVELOP-REG with its usual gaps (activist one year or more before becoming a development target,
 * one year of probation), some of them too short or overdue, and earlier dates sometimes missing as
 * in old records.
 */
final class Standings {
  private static final int ADULT = 18;

  private Standings() {}

  /** The stage actually possible for someone born on {@code birth}: nobody under 18 is in the pipeline. */
  static PartyStage feasible(PartyStage stage, LocalDate birth, LocalDate ref) {
    LocalDate adult = birth.plusYears(ADULT);
    if (stage == PartyStage.NONE || adult.isAfter(ref)) {
      return PartyStage.NONE;
    }
    if (stage == PartyStage.FULL && adult.plusYears(1).isAfter(ref)) {
      return PartyStage.PROBATIONARY;
    }
    return stage;
  }

  static PartyStanding of(RandomGenerator random, PartyStage wanted, LocalDate birth, LocalDate ref) {
    PartyStage stage = feasible(wanted, birth, ref);
    if (stage == PartyStage.NONE) {
      return PartyStanding.none();
    }
    LocalDate adult = birth.plusYears(ADULT);
    PartyStanding.Builder b = PartyStanding.builder().stage(stage);
    LocalDate current;
    switch (stage) {
      case FULL:
        {
          LocalDate earliest = Ranges.max(adult.plusYears(1), ref.minusYears(45));
          current = Ranges.date(random, earliest, ref.minusDays(1));
          b.fullSince(current);
          b.underDisciplinaryProbation(Ranges.chance(random, 0.01));
          if (Ranges.chance(random, 0.6)) {
            LocalDate probation = Ranges.max(adult, current.minusYears(1));
            b.probationarySince(DateCache.of(probation));
            earlier(random, b, probation, adult, 0.3);
          }
          break;
        }
      case PROBATIONARY:
        current = Ranges.max(adult, Ranges.daysBefore(random, ref, 0, 600));
        b.probationarySince(current);
        b.underDisciplinaryProbation(Ranges.chance(random, 0.005));
        earlier(random, b, current, adult, 0.7);
        break;
      case DEVELOPMENT_TARGET:
        current = Ranges.max(adult, Ranges.daysBefore(random, ref, 0, 300));
        b.developmentTargetSince(current);
        activistAndApplication(random, b, current, adult, 0.85);
        break;
      case ACTIVIST:
        current = Ranges.max(adult, Ranges.daysBefore(random, ref, 0, 900));
        b.activistSince(current);
        if (Ranges.chance(random, 0.9)) {
          application(random, b, current, adult);
        }
        break;
      case APPLICANT:
      default:
        current = Ranges.max(adult, Ranges.daysBefore(random, ref, 0, 720));
        b.appliedOn(current);
        break;
    }
    return b.build();
  }

  /** Records, with the given probability, the development-target date and what came before it. */
  private static void earlier(
      RandomGenerator random, PartyStanding.Builder b, LocalDate probation, LocalDate adult, double recorded) {
    if (!Ranges.chance(random, recorded)) {
      return;
    }
    LocalDate target = Ranges.daysBefore(random, probation, 60, 240);
    if (target.isBefore(adult)) {
      return;
    }
    b.developmentTargetSince(target);
    activistAndApplication(random, b, target, adult, 0.9);
  }

  private static void activistAndApplication(
      RandomGenerator random, PartyStanding.Builder b, LocalDate target, LocalDate adult, double recorded) {
    if (!Ranges.chance(random, recorded)) {
      return;
    }
    // Usually a year or more of cultivation (DEVELOP-REG Art. 13); sometimes less, which engines flag.
    LocalDate activist =
        Ranges.chance(random, 0.1)
            ? Ranges.daysBefore(random, target, 150, 360)
            : Ranges.daysBefore(random, target, 366, 800);
    if (activist.isBefore(adult)) {
      return;
    }
    b.activistSince(activist);
    if (Ranges.chance(random, 0.9)) {
      application(random, b, activist, adult);
    }
  }

  private static void application(RandomGenerator random, PartyStanding.Builder b, LocalDate activist, LocalDate adult) {
    LocalDate applied = Ranges.daysBefore(random, activist, 30, 365);
    if (!applied.isBefore(adult)) {
      b.appliedOn(applied);
    }
  }
}
