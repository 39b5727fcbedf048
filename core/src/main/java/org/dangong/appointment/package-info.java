/**
 * Cross-appointment (交叉任职, 一肩挑) and union leadership teams: who may chair a union or head a party
 * organisation, 一肩挑 in both directions, audits of current appointments, union chair elections and
 * staffing indicators (CROSS-APPOINT, LEAD-TEAM, LEAD-TOWN, LEAD-TRAIN).
 *
 * <h2>A short tour</h2>
 *
 * <ul>
 *   <li>{@link org.dangong.appointment.AppointmentEngine#of(org.dangong.policy.Policy)} is the
 *       entry point: an immutable, thread-safe engine for one policy. Every method takes the {@code
 *       Jurisdiction} and the date; nothing reads a clock.
 *   <li><b>Eligibility.</b> {@code unionChairEligibility} and {@code partyHeadEligibility} return a
 *       {@code Decision} listing <em>every</em> bar that applies, each a cited reason carrying its
 *       {@link org.dangong.appointment.AppointmentBar}: executive or deputy, partner, close
 *       relative of either, head of human resources, foreign national (CHAIR-RULES Art. 6); close
 *       relative of the main head, for any committee seat (UNION-LAW Art. 10); not a member of the
 *       union; not a full party member, too short a party standing (BRANCH-REG Art. 23), not in the
 *       organisation. {@code AppointmentBar.in(decision)} reads them back.
 *   <li><b>一肩挑.</b> {@code secretaryAsUnionChair} and {@code unionChairAsSecretary} give a {@link
 *       org.dangong.appointment.CrossAppointment}: is it permitted, and is it the case
 *       NONPUBLIC-OPINION encourages (a secretary who is not an investor). {@code rankCandidates}
 *       gives a {@link org.dangong.appointment.CandidateRanking} with stated tie-breaks and, for
 *       each rejected person, every reason why not.
 *   <li><b>Audit.</b> {@code audit} gives an {@link org.dangong.appointment.AppointmentAudit}:
 *       every sitting post holder a bar excludes today (each breach once, under the bar's rule),
 *       every vacancy and how long it has been open (a grassroots chair vacant beyond {@code
 *       CHAIR_VACANCY_FILL_WITHIN} is a violation), every expired term.
 *   <li><b>Elections.</b> A {@link org.dangong.appointment.ChairElection} describes an election as
 *       held and rejects impossible input at construction; {@code assess} judges it under
 *       CHAIR-RULES Art. 7–16 and names the winners in a {@link
 *       org.dangong.appointment.ChairElectionResult}.
 *   <li><b>Indicators.</b> {@code indicators} gives {@link
 *       org.dangong.appointment.StaffingIndicators} by region with an exact roll-up: the
 *       cross-appointment rate, towns with a deputy-rank union chair, chairs trained recently.
 * </ul>
 *
 * <h2>Design notes</h2>
 *
 * <p>The clauses are applied in exactly one place, so an eligibility decision, a cross-appointment,
 * a ranking and an audit always agree about a person. The bars are judged with respect to the
 * enterprise whose union it is (本企业); for a joint union or a federation, which serves several
 * employers, with respect to the person's own employer. Close relatives count whichever of the two
 * people records the relation. Two requirements that the checked clauses do not state in words — a
 * chair is a member of the union, a secretary works in a covered enterprise — are policy parameters
 * ({@code CHAIR_MUST_BE_UNION_MEMBER}, {@code PARTY_HEAD_MUST_WORK_IN_COVERED_ENTERPRISE}) whose
 * citations say so. Every threshold — party standing, vacancy deadline, publicity, quorum,
 * majority, training window — is read from the policy on the date and shown in the decision that
 * used it.
 */
@NullMarked
@ValueStyle
package org.dangong.appointment;

import org.dangong.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
