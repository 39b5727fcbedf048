package org.dangong.restructuring;

import java.time.LocalDate;
import java.util.Optional;
import org.dangong.decision.Decision;
import org.dangong.model.OrganizationId;
import org.dangong.model.PersonId;
import org.immutables.value.Value;

/**
 * A leadership post that falls vacant in a restructuring: its holder leaves the enterprises the
 * organisation covers, or the organisation is founded and has not yet elected anyone.
 *
 * <p>The post is to be filled under the cross-appointment rules (CROSS-APPOINT: a party secretary
 * who is not an investor may chair the union, a party-member chair may head the party
 * organisation); a vacant union chair within three months (CHAIR-RULES Art. 18, {@link #fillBy()}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class VacatedPost {
  VacatedPost() {}

  /**
   * Returns the organisation whose post falls vacant.
   *
   * @return its id
   */
  public abstract OrganizationId organization();

  /**
   * Returns the post.
   *
   * @return the post
   */
  public abstract OrganizationPost post();

  /**
   * Returns the person who held it, if anyone did.
   *
   * @return the former holder, empty for a post of an organisation to be founded
   */
  public abstract Optional<PersonId> formerHolder();

  /**
   * Returns the date the vacancy begins: the restructuring's date (or the organisation's founding
   * date, if later).
   *
   * @return the date
   */
  public abstract LocalDate vacantSince();

  /**
   * Returns the date by which the post should be filled, where a clause sets one (a union chair:
   * CHAIR-RULES Art. 18).
   *
   * @return the due date, if any
   */
  public abstract Optional<LocalDate> fillBy();

  /**
   * Returns the decision explaining the vacancy, of rule {@link RestructuringRules#POST_VACATED}.
   *
   * @return the decision
   */
  public abstract Decision decision();

  @Override
  public String toString() {
    return "VacatedPost[" + organization().value() + " " + post() + " since " + vacantSince() + "]";
  }
}
