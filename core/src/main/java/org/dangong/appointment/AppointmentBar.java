package org.dangong.appointment;

import com.google.common.collect.ImmutableSet;
import org.dangong.decision.Argument;
import org.dangong.decision.ArgumentKind;
import org.dangong.decision.Decision;
import org.dangong.decision.Reason;
import org.dangong.decision.Rule;
import org.dangong.model.Labelled;

/**
 * A bar (任职限制): a reason that excludes a person from a leadership post, each with the {@link Rule}
 * that states it.
 *
 * <p>The union bars are those of CHAIR-RULES Art. 6 and UNION-LAW Art. 10, judged with respect to
 * the enterprise whose union it is — for a joint union or a federation, the person's own employer —
 * plus union membership. The party bars are those of BRANCH-REG Art. 23 plus membership of the
 * organisation. Every reason of a decision that states a bar carries it as the argument named
 * {@code bar}, so {@link #in(Decision)} reads the bars back from any decision:
 *
 * <pre>{@code
 * Decision d = engine.unionChairEligibility(j, union, person, asOf);
 * if (AppointmentBar.in(d).contains(AppointmentBar.HR_HEAD)) { … }
 * }</pre>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum AppointmentBar implements Labelled {
  /**
   * The executive head or a deputy executive of the enterprise (行政负责人、行政副职), CHAIR-RULES Art. 6.
   */
  EXECUTIVE,
  /** A partner of the enterprise (合伙人), CHAIR-RULES Art. 6. */
  PARTNER,
  /**
   * A close relative (近亲属) of an executive, deputy executive or partner of the enterprise,
   * CHAIR-RULES Art. 6; a relation recorded on either person counts.
   */
  RELATIVE_OF_EXECUTIVE_OR_PARTNER,
  /** The head of human resources of the enterprise (人力资源部门负责人), CHAIR-RULES Art. 6. */
  HR_HEAD,
  /** A foreign national (外籍职工), CHAIR-RULES Art. 6. */
  FOREIGN_NATIONAL,
  /**
   * A close relative of the enterprise's main head (企业主要负责人的近亲属), barred from every union committee
   * seat by UNION-LAW Art. 10.
   */
  RELATIVE_OF_MAIN_HEAD,
  /** Not an active member of the union (非本工会在册会员); a policy parameter. */
  NOT_UNION_MEMBER,
  /** Not a full party member (非正式党员): probationary is not enough, BRANCH-REG Art. 23. */
  NOT_FULL_PARTY_MEMBER,
  /** Party standing (党龄) shorter than the policy's minimum on the date, BRANCH-REG Art. 23. */
  INSUFFICIENT_PARTY_STANDING,
  /** Not employed by an enterprise the party organisation covers; a policy parameter. */
  NOT_IN_ORGANIZATION;

  /** The name of the argument that carries the bar in a reason. */
  static final String ARGUMENT = "bar";

  /**
   * Returns the rule that states this bar; an audit reports a breach under this rule's id.
   *
   * @return the rule
   */
  public Rule rule() {
    return switch (this) {
      case EXECUTIVE -> AppointmentRules.CHAIR_BARRED_EXECUTIVE;
      case PARTNER -> AppointmentRules.CHAIR_BARRED_PARTNER;
      case RELATIVE_OF_EXECUTIVE_OR_PARTNER -> AppointmentRules.CHAIR_BARRED_RELATIVE;
      case HR_HEAD -> AppointmentRules.CHAIR_BARRED_HR_HEAD;
      case FOREIGN_NATIONAL -> AppointmentRules.CHAIR_BARRED_FOREIGN_NATIONAL;
      case RELATIVE_OF_MAIN_HEAD -> AppointmentRules.COMMITTEE_BARRED_HEAD_RELATIVE;
      case NOT_UNION_MEMBER -> AppointmentRules.CHAIR_NOT_UNION_MEMBER;
      case NOT_FULL_PARTY_MEMBER -> AppointmentRules.PARTY_HEAD_NOT_FULL_MEMBER;
      case INSUFFICIENT_PARTY_STANDING -> AppointmentRules.PARTY_HEAD_INSUFFICIENT_STANDING;
      case NOT_IN_ORGANIZATION -> AppointmentRules.PARTY_HEAD_NOT_IN_ORGANIZATION;
    };
  }

  /**
   * Tells whether this bar concerns union posts (rather than the head of a party organisation).
   *
   * @return true for the bars of CHAIR-RULES Art. 6, UNION-LAW Art. 10 and union membership
   */
  public boolean isUnionBar() {
    return compareTo(NOT_FULL_PARTY_MEMBER) < 0;
  }

  /**
   * Returns the key of this bar's label, {@code enum.AppointmentBar.<NAME>}.
   *
   * @return the message key
   */
  @Override
  public String messageKey() {
    return "enum.AppointmentBar." + name();
  }

  /**
   * Returns the bars a decision lists: those carried by its reasons as the argument {@code bar}.
   *
   * @param decision any decision
   * @return the bars, in declaration order; empty when the decision lists none
   */
  public static ImmutableSet<AppointmentBar> in(Decision decision) {
    ImmutableSet.Builder<AppointmentBar> bars = ImmutableSet.builder();
    for (AppointmentBar bar : values()) {
      for (Reason reason : decision.reasons()) {
        if (reason
            .argument(ARGUMENT)
            .filter(a -> a.kind() == ArgumentKind.LABEL && bar.equals(a.value()))
            .isPresent()) {
          bars.add(bar);
        }
      }
    }
    return bars.build();
  }

  /**
   * Returns the argument carrying this bar in a reason.
   *
   * @return the argument named {@code bar}
   */
  Argument argument() {
    return Argument.label(ARGUMENT, this);
  }
}
