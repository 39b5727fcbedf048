/**
 * 双荐 — dual recommendation — and the membership-development timeline it starts, as event-sourced
 * workflows guarded by the regulations.
 *
 * <h2>A short tour</h2>
 *
 * <ul>
 *   <li><b>DUAL-REC-1</b> — {@link org.dangong.recommendation.ChairCandidacy}: in an enterprise
 *       with a union but no party organisation (建会未建党, MUTUAL-U2P), the union proposes its chair, a
 *       full party member with a year of party standing (BRANCH-REG Art. 23), as candidate to head
 *       the party organisation to be founded; the union committee endorses, the higher party
 *       organisation examines and replies within a month, and the founding meeting elects — a
 *       branch with three full members or more, a joint branch with fewer (BRANCH-REG Art. 4, 5).
 *   <li><b>DUAL-REC-2</b> and <b>DEVELOP-REG</b> — {@link
 *       org.dangong.recommendation.MembershipDevelopment}: one person's development from the
 *       application through the union's recommendation (推优: {@link
 *       org.dangong.recommendation.UnionNominated}, {@link
 *       org.dangong.recommendation.UnionRecommended}) or members' recommendation, activist,
 *       development target, introducers, political review, training, pre-review, an optional local
 *       publicity, the branch meeting's vote and the approval, to probation and conversion,
 *       extension or cancellation. {@link org.dangong.recommendation.DevelopmentRegister} routes
 *       the events of many people.
 *   <li><b>Results</b> — {@code apply(event)} returns a {@link
 *       org.dangong.recommendation.Transition}: the next state, or the unchanged state with one
 *       {@code NOT_SATISFIED} {@link org.dangong.decision.Decision} per failed guard (its rule in
 *       {@link org.dangong.recommendation.RecommendationRules}, actual against required, the policy
 *       values used, citations). Each state keeps its {@code history()} and its {@code
 *       auditTrail()} of {@link org.dangong.recommendation.AuditEntry}s — who decided what, when,
 *       under which clause — and lists its {@link org.dangong.recommendation.Obligation}s as of any
 *       date, with deadlines and how long they are overdue.
 *   <li><b>Statistics</b> — {@link org.dangong.recommendation.RecommendationStatistics}: activists
 *       by {@link org.dangong.recommendation.RecommendationChannel}, region and year, and the
 *       conversion rates of the {@link org.dangong.recommendation.Pipeline}.
 * </ul>
 *
 * <h2>Design notes</h2>
 *
 * <p><b>Events carry their facts.</b> Events name people by {@code PersonId} and take what the
 * guards need to know about them at the time — a {@code Person} record, the union's chair, the
 * number of full members — as parameters, directly or from a {@code Jurisdiction} ({@code
 * from(...)} factories). Applying an event therefore reads nothing but the state and the event, and
 * replaying a history gives the same state whatever the caller's data has become since.
 *
 * <p><b>Every period and count is a policy parameter</b>, read from the workflow's {@code Policy}
 * on the date it applies to: periods at the date they start (the application for the talk, the
 * activist date for the cultivation, the branch meeting for the approval and the probation), ages,
 * counts and ratios on the event's date. Working days come from a pluggable {@link
 * org.dangong.recommendation.WorkingCalendar}; the library has no holiday list and does no I/O.
 *
 * <p><b>Two kinds of deadline.</b> Conditions on the person developed — age, a year of cultivation,
 * two eligible introducers, enough training, the vote, probation served, an extension of six to
 * twelve months, approval within the longest allowed time — are guards: an event that breaks one is
 * rejected. Deadlines of the organisation towards the person — the talk within a month, a review
 * every six months, the higher organisation's reply — do not stop the person's development: a late
 * step is recorded with an {@code ADVISORY} audit decision, and while it is outstanding its
 * obligation shows as overdue.
 *
 * <p><b>Bad input.</b> An event about another person or enterprise, naming a person the facts do
 * not know, dated before the previous event, at a stage that does not allow it, before a step it
 * needs or repeating a step is rejected under {@code DUAL-REC.*} and leaves the state as it was.
 * Structurally impossible events (more yes votes than people present, a negative training) throw an
 * {@link org.dangong.model.InvalidValueException} when built.
 */
@NullMarked
@ValueStyle
package org.dangong.recommendation;

import org.dangong.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
