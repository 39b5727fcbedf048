package org.dangong.appointment;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangong.model.InvalidValueException;
import org.dangong.model.Problem;
import org.immutables.value.Value;

/**
 * The counts behind the staffing indicators of a region (班子建设指标): cross-appointment among
 * enterprises with both organisations (CROSS-APPOINT), towns whose union chair holds deputy rank
 * (LEAD-TOWN) and union chairs trained recently (LEAD-TRAIN).
 *
 * <pre>{@code
 * StaffingFigures f = StaffingFigures.of(40, 12, 66, 27, 90, 61);
 * f.deputyRankPercent();           // Optional[40.9]
 * f.plus(other);                   // the counts added up, for a roll-up
 * }</pre>
 *
 * <p>Each share is a part of a whole: {@link #crossAppointed()} of {@link #enterprisesWithBoth()},
 * {@link #townsWithDeputyRankChair()} of {@link #towns()}, {@link #trainedChairs()} of {@link
 * #chairs()}. Percentages are rounded half up to one decimal place and empty when the whole is 0.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class StaffingFigures {
  StaffingFigures() {}

  /**
   * Returns the operating non-public enterprises covered by both a party organisation and a union.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract long enterprisesWithBoth();

  /**
   * Returns those of them whose party organisation's secretary chairs their union (一肩挑).
   *
   * @return the count, at most {@link #enterprisesWithBoth()}
   */
  @Value.Parameter
  public abstract long crossAppointed();

  /**
   * Returns the towns (镇).
   *
   * @return the count
   */
  @Value.Parameter
  public abstract long towns();

  /**
   * Returns the towns whose union chair holds same-level deputy rank (同级副职待遇).
   *
   * @return the count, at most {@link #towns()}
   */
  @Value.Parameter
  public abstract long townsWithDeputyRankChair();

  /**
   * Returns the grassroots unions with a chair.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract long chairs();

  /**
   * Returns the chairs who attended union chair training within the policy's window.
   *
   * @return the count, at most {@link #chairs()}
   */
  @Value.Parameter
  public abstract long trainedChairs();

  /**
   * Obtains figures.
   *
   * @param enterprisesWithBoth enterprises with both organisations
   * @param crossAppointed those with a cross-appointed secretary and chair
   * @param towns towns
   * @param townsWithDeputyRankChair towns whose union chair holds deputy rank
   * @param chairs grassroots union chairs
   * @param trainedChairs chairs trained within the window
   * @return the figures
   * @throws InvalidValueException if a count is negative ({@code NOT_NEGATIVE}) or a part exceeds
   *     its whole ({@code AT_MOST_WHOLE})
   */
  public static StaffingFigures of(
      long enterprisesWithBoth,
      long crossAppointed,
      long towns,
      long townsWithDeputyRankChair,
      long chairs,
      long trainedChairs) {
    List<Problem> problems = new ArrayList<>();
    share(problems, "crossAppointed", crossAppointed, enterprisesWithBoth);
    share(problems, "townsWithDeputyRankChair", townsWithDeputyRankChair, towns);
    share(problems, "trainedChairs", trainedChairs, chairs);
    if (!problems.isEmpty()) {
      throw new InvalidValueException(ImmutableList.copyOf(problems));
    }
    return ImmutableStaffingFigures.of(
        enterprisesWithBoth,
        crossAppointed,
        towns,
        townsWithDeputyRankChair,
        chairs,
        trainedChairs);
  }

  /**
   * Returns figures that are all zero.
   *
   * @return the zero figures
   */
  public static StaffingFigures zero() {
    return ImmutableStaffingFigures.of(0, 0, 0, 0, 0, 0);
  }

  /**
   * Returns the sum of these figures and others, count by count.
   *
   * @param other the other figures
   * @return the sums
   */
  public final StaffingFigures plus(StaffingFigures other) {
    return ImmutableStaffingFigures.of(
        enterprisesWithBoth() + other.enterprisesWithBoth(),
        crossAppointed() + other.crossAppointed(),
        towns() + other.towns(),
        townsWithDeputyRankChair() + other.townsWithDeputyRankChair(),
        chairs() + other.chairs(),
        trainedChairs() + other.trainedChairs());
  }

  /**
   * Returns the cross-appointment rate in percent.
   *
   * @return {@link #crossAppointed()} of {@link #enterprisesWithBoth()}; empty when there is none
   */
  public final Optional<BigDecimal> crossAppointmentPercent() {
    return percent(crossAppointed(), enterprisesWithBoth());
  }

  /**
   * Returns the share of towns whose union chair holds deputy rank, in percent.
   *
   * @return {@link #townsWithDeputyRankChair()} of {@link #towns()}; empty when there is none
   */
  public final Optional<BigDecimal> deputyRankPercent() {
    return percent(townsWithDeputyRankChair(), towns());
  }

  /**
   * Returns the share of chairs trained within the window, in percent.
   *
   * @return {@link #trainedChairs()} of {@link #chairs()}; empty when there is none
   */
  public final Optional<BigDecimal> trainedPercent() {
    return percent(trainedChairs(), chairs());
  }

  /**
   * Returns a part of a whole in percent, rounded half up to one decimal place.
   *
   * @param part the part
   * @param whole the whole
   * @return the percentage; empty when the whole is not positive
   */
  static Optional<BigDecimal> percent(long part, long whole) {
    if (whole <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(part)
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
  }

  private static void share(List<Problem> problems, String name, long part, long whole) {
    String path = "StaffingFigures." + name;
    if (part < 0 || whole < 0) {
      problems.add(Problem.of(path, "NOT_NEGATIVE", part + " of " + whole));
    } else if (part > whole) {
      problems.add(Problem.of(path, "AT_MOST_WHOLE", part + " of " + whole));
    }
  }
}
