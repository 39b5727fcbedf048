package org.dangong.recommendation;

import org.dangong.model.Labelled;

/**
 * How an applicant came to be proposed as an activist (DEVELOP-REG Art. 8: "采取党员推荐、群团组织推优等方式产生人选").
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RecommendationChannel implements Labelled {
  /** Recommended by the union (推优), the channel of DUAL-REC-2. */
  UNION_RECOMMENDATION,
  /** Recommended by party members (党员推荐). */
  MEMBER_RECOMMENDATION;

  /**
   * Returns the key of this channel's label, {@code enum.RecommendationChannel.<NAME>}.
   *
   * @return the message key
   */
  @Override
  public String messageKey() {
    return "enum.RecommendationChannel." + name();
  }
}
