package org.dangong.testkit;

import org.dangong.model.PartyStage;
import org.dangong.model.PartyStanding;

/**
 * Entry point for generators of {@link PartyStanding}s, and the default mix of party stages.
 *
 * <pre>{@code
 * PartyStanding s = PartyStandings.partyStandings()
 *     .stageMix(Mix.of(PartyStage.ACTIVIST, 1))
 *     .generate(42);   // an activist with activistSince and usually appliedOn before it
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PartyStandings {
  private static final Mix<PartyStage> DEFAULT_MIX =
      Mix.of(PartyStage.NONE, 68)
          .and(PartyStage.APPLICANT, 4)
          .and(PartyStage.ACTIVIST, 4)
          .and(PartyStage.DEVELOPMENT_TARGET, 2)
          .and(PartyStage.PROBATIONARY, 3)
          .and(PartyStage.FULL, 19);

  private PartyStandings() {}

  /**
   * Returns a generator of party standings with the {@link #defaultStageMix()}, for people aged
   * 18 to 65 on {@link Dates#DEFAULT_REFERENCE_DATE}.
   *
   * @return the generator
   */
  public static PartyStandingGenerator partyStandings() {
    return PartyStandingGenerator.DEFAULT;
  }

  /**
   * Returns the default mix of stages: 68% not in the party, 10% in the pipeline (applicants,
   * activists, development targets), 3% probationary and 19% full members — roughly the share of
   * party members among the staff of enterprises with party organisations.
   *
   * <pre>{@code
   * PartyStandings.defaultStageMix().share(PartyStage.FULL);   // 0.19
   * }</pre>
   *
   * @return the mix
   */
  public static Mix<PartyStage> defaultStageMix() {
    return DEFAULT_MIX;
  }
}
