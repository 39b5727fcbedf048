package org.dangong.recommendation;

import org.immutables.value.Value;

/**
 * Activists determined, counted by {@link RecommendationChannel}: those recommended by the union
 * (推优, DUAL-REC-2) and those recommended by party members.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class ChannelCounts {
  ChannelCounts() {}

  /**
   * Returns the activists recommended by the union (推优).
   *
   * @return the count
   */
  @Value.Parameter
  public abstract long unionRecommendations();

  /**
   * Returns the activists recommended by party members.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract long memberRecommendations();

  /**
   * Obtains counts.
   *
   * @param unionRecommendations the activists recommended by the union
   * @param memberRecommendations the activists recommended by party members
   * @return the counts
   */
  public static ChannelCounts of(long unionRecommendations, long memberRecommendations) {
    return ImmutableChannelCounts.of(unionRecommendations, memberRecommendations);
  }

  /**
   * Returns the count of one channel.
   *
   * @param channel the channel
   * @return its count
   */
  public final long count(RecommendationChannel channel) {
    return channel == RecommendationChannel.UNION_RECOMMENDATION
        ? unionRecommendations()
        : memberRecommendations();
  }

  /**
   * Returns the activists of both channels.
   *
   * @return the sum
   */
  public final long total() {
    return unionRecommendations() + memberRecommendations();
  }

  /**
   * Returns these counts plus others.
   *
   * @param other the other counts
   * @return the sums
   */
  public final ChannelCounts plus(ChannelCounts other) {
    return of(
        unionRecommendations() + other.unionRecommendations(),
        memberRecommendations() + other.memberRecommendations());
  }

  static ChannelCounts one(RecommendationChannel channel) {
    return channel == RecommendationChannel.UNION_RECOMMENDATION ? of(1, 0) : of(0, 1);
  }

  /**
   * Returns the counts in short, such as {@code ChannelCounts[union 1190, member 800]}.
   *
   * @return the counts as text
   */
  @Override
  public String toString() {
    return "ChannelCounts[union "
        + unionRecommendations()
        + ", member "
        + memberRecommendations()
        + "]";
  }
}
