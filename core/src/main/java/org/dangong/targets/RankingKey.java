package org.dangong.targets;

import org.dangong.model.Labelled;

/**
 * One key of the commendation ranking, in the order they apply ({@link TargetEngine#RANKING}): the
 * combined score decides, and each later key breaks the ties left by the ones before.
 *
 * <p>The ranking is total and deterministic: no two units share a unit id. Ranking the
 * union-building score before the party-building score is this library's choice, in the spirit of
 * 党建带工建: of two units with the same combined score, the one whose union work scored higher is
 * commended first.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RankingKey implements Labelled {
  /** The combined score, higher first. */
  COMBINED_SCORE,
  /** The union-building score, higher first. */
  UNION_SCORE,
  /** The party-building score, higher first. */
  PARTY_SCORE,
  /** The unit id, in ascending text order. */
  UNIT_ID;

  /**
   * Returns the key of this ranking key's label, {@code enum.RankingKey.<NAME>}.
   *
   * @return the message key
   */
  @Override
  public String messageKey() {
    return "enum.RankingKey." + name();
  }
}
