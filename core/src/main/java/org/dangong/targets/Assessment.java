package org.dangong.targets;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Ordering;
import java.time.LocalDate;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * An assessment (考核): the scores a body gave units on their targets, on a date.
 *
 * <pre>{@code
 * Assessment review = Assessment.builder()
 *     .id(RecordId.of("A-2024"))
 *     .date(LocalDate.of(2024, 12, 20))
 *     .body("区委组织部")
 *     .title("2024年度党建工作目标考核")
 *     .addScore(Score.of(UnitId.of("PO-1"), TargetId.of("T-1"), 9))
 *     .addScore(Score.of(UnitId.of("PO-1"), TargetId.of("T-7"), 6))
 *     .build();
 * }</pre>
 *
 * <p>An assessment of a unit is joint (同考核) when it scores both party-building and union-building
 * targets of that unit. The scores are kept ordered by unit and target. It is checked when its
 * {@link WorkCycle} is built: at least one score, every score's unit and target known and the
 * target set for the unit, points within the scale, no target scored twice for a unit in the cycle,
 * and the date not before any act that set a scored target.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Assessment implements WithAssessment {
  private static final Comparator<Score> ORDER =
      Comparator.comparing(Score::unit).thenComparing(Score::target);

  Assessment() {}

  /**
   * Returns the id of this record, unique among the cycle's records.
   *
   * @return the id
   */
  public abstract RecordId id();

  /**
   * Returns the date of the assessment.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the assessing body.
   *
   * @return the body
   */
  public abstract String body();

  /**
   * Returns the title of the assessment or its document.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the scores, ordered by unit and target.
   *
   * @return the scores, at least one in a valid cycle
   */
  public abstract ImmutableList<Score> scores();

  /**
   * Returns a new builder.
   *
   * @return a builder with no attributes set
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Assessment normalize() {
    if (Ordering.from(ORDER).isOrdered(scores())) {
      return this;
    }
    return ImmutableAssessment.copyOf(this).withScores(ImmutableList.sortedCopyOf(ORDER, scores()));
  }

  /** Builds an {@link Assessment}; it is checked when its {@link WorkCycle} is built. */
  public static final class Builder extends ImmutableAssessment.Builder {
    Builder() {}
  }
}
