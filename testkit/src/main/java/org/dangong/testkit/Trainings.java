package org.dangong.testkit;

import java.time.LocalDate;
import java.util.random.RandomGenerator;
import org.dangong.model.Training;
import org.dangong.model.TrainingKind;

/**
 * Entry point for generators of {@link Training}s (LEAD-TRAIN; DEVELOP-REG Art. 17).
 *
 * <pre>{@code
 * Training t = Trainings.trainings().generate(42);
 * }</pre>
 *
 * <p>Lengths are realistic for the kind: union-chair and secretary classes of 8 to 40 hours,
 * development-target training usually 24 hours or more (DEVELOP-REG Art. 17) but sometimes less.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Trainings {
  private Trainings() {}

  /**
   * Returns a generator of trainings of every kind that ended up to five years before {@link
   * Dates#DEFAULT_REFERENCE_DATE}.
   *
   * @return the generator
   */
  public static Generator<Training> trainings() {
    return trainings(Dates.DEFAULT_REFERENCE_DATE);
  }

  /**
   * Returns a generator of trainings of every kind that ended up to five years before the given
   * reference date.
   *
   * @param referenceDate the reference date
   * @return the generator
   */
  public static Generator<Training> trainings(LocalDate referenceDate) {
    return random -> {
      TrainingKind kind = Ranges.any(random, TrainingKind.class);
      return of(random, kind, Ranges.daysBefore(random, referenceDate, 0, 5 * 365));
    };
  }

  static Training of(RandomGenerator random, TrainingKind kind, LocalDate date) {
    return Training.of(kind, date, hours(random, kind));
  }

  static int hours(RandomGenerator random, TrainingKind kind) {
    switch (kind) {
      case DEVELOPMENT_TARGET:
        return random.nextDouble() < 0.85 ? 24 + 8 * random.nextInt(3) : 8 + 4 * random.nextInt(4);
      case ACTIVIST:
        return 8 + 4 * random.nextInt(5);
      case UNION_CHAIR:
      case PARTY_SECRETARY:
        return 8 * (1 + random.nextInt(5));
      case OTHER:
      default:
        return 1 + random.nextInt(40);
    }
  }
}
