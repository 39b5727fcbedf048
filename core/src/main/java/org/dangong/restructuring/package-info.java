/**
 * SYNC-RESTRUCTURE (同步健全): when enterprises merge, split, close or change ownership, both
 * organisations are re-established and every member's party relation (关系接转) and union membership
 * (会籍管理) is transferred — nobody is lost.
 *
 * <h2>A short tour</h2>
 *
 * <ul>
 *   <li><b>The restructuring</b>, a value checked when built: a {@link
 *       org.dangong.restructuring.Merger} (into an existing or a new {@link
 *       org.dangong.restructuring.Successor}), a {@link org.dangong.restructuring.Split} (with the
 *       staff {@link org.dangong.restructuring.Allocation}s), a {@link
 *       org.dangong.restructuring.Closure}, an {@link org.dangong.restructuring.OwnershipChange}
 *       (state-owned to restructured or private) or a {@link
 *       org.dangong.restructuring.StaffTransfer}. {@link
 *       org.dangong.restructuring.Restructuring#problemsIn} checks it against a jurisdiction; both
 *       checks name every problem in an {@link
 *       org.dangong.restructuring.InvalidRestructuringException}.
 *   <li><b>The engine</b>: {@code RestructuringEngine.of(policy).plan(before, restructuring, date)}
 *       gives an immutable {@link org.dangong.restructuring.RestructuringPlan}; {@code
 *       plan.apply(before)} the valid jurisdiction after it.
 *   <li><b>The plan's lines</b>, each with decisions citing their clauses and rendering in Chinese
 *       and English: {@link org.dangong.restructuring.StaffMove} (labour relation), {@link
 *       org.dangong.restructuring.PartyTransfer} (organisational relation and membership pipeline),
 *       {@link org.dangong.restructuring.MembershipTransfer} (union membership), {@link
 *       org.dangong.restructuring.PartyOrganizationChange} and {@link
 *       org.dangong.restructuring.UnionOrganizationChange} (continued, merged, dissolved or to be
 *       founded, with the required form for the new counts and the {@link
 *       org.dangong.restructuring.VacatedPost}s), {@link
 *       org.dangong.restructuring.EnterpriseChange}, and the {@link
 *       org.dangong.restructuring.Reconciliation} that shows nobody is lost.
 *   <li><b>The rules</b>: {@link org.dangong.restructuring.RestructuringRules}; the required forms
 *       come from the building engine ({@link org.dangong.building.RequiredForms}).
 * </ul>
 *
 * <h2>How the plan is made</h2>
 *
 * <p><b>Staff.</b> Every employee of a source enterprise goes where an allocation says, else where
 * the kind puts them (the successor of a merger; unemployment in a closure; staying otherwise).
 * Every employee of a receiving enterprise stays, and is listed too: the enterprises a
 * restructuring affects are its sources, its receivers and its new enterprises, and all their staff
 * are accounted for.
 *
 * <p><b>The organisation of each employer afterwards.</b> For every enterprise that employs
 * affected people afterwards, in id order: its own party organisation continues if it has one;
 * else, with at least {@code BRANCH_MIN_FULL_MEMBERS} full members (BRANCH-REG Art. 4) a new one is
 * to be founded in the form {@link org.dangong.building.RequiredForms#party} gives, and the
 * enterprise leaves any joint branch; else a party organisation covering it continues to hold its
 * people; else it joins a joint branch with room (BRANCH-REG Art. 5, {@code
 * JOINT_BRANCH_MAX_UNITS}) — first one that covered the enterprises its people come from, then one
 * of its region. The union side is the same with {@code UNION_COMMITTEE_MIN_MEMBERS} (UNION-LAW
 * Art. 11), except that an employer of union members without a union always gets one to be founded
 * (a union committee of its own is allowed at any size).
 *
 * <p><b>Organisations that cease.</b> An organisation that covers no enterprise afterwards is
 * merged into the main successor's organisation (a merger's), or else dissolved; its children come
 * under its nearest ancestor that continues. When a public enterprise becomes non-public, its own
 * party organisation comes under the nearest non-public-economy party working committee.
 *
 * <p><b>Relations.</b> The organisation holding a person's relation is the one named in their
 * standing, else the one covering their employer that comes first by form (branch, general branch,
 * primary committee, joint branch) and then by id. A person employed afterwards goes to their
 * employer's organisation; if there is none, a person who stays with the same employer keeps a
 * relation held elsewhere by an organisation that continues, and anyone else goes to a holder of
 * last resort: the party organisation of a talent market (人才市场) in the employer's region or above,
 * nearest first, else the nearest non-public-economy party working committee, else none ({@link
 * org.dangong.restructuring.PartyRoute#PENDING}, advisory). A person who leaves employment keeps
 * the relation with their former employer's organisation if it continues, follows it if it is
 * merged, and otherwise goes to a holder of last resort. The stage is never changed: the
 * cultivation period, the probation and the application continue (DEVELOP-REG Art. 8, 11, 13, 32);
 * a development target who leaves the unit is flagged (Art. 19).
 *
 * <p><b>Memberships.</b> A member employed afterwards is an active member of the employer's union
 * (UNION-CONST Art. 5; MEMBERSHIP-RULES Art. 3, joining date kept). A member who retires or becomes
 * unemployed keeps a retained membership (UNION-CONST Art. 8) where it was, or with the union it is
 * merged into; if that union is dissolved with its employer, at the higher union — its nearest
 * continuing ancestor, else the town or city union of its region or above (a local rule, Beijing
 * 2020, cited as such) — and failing that, at a union outside the jurisdiction.
 *
 * <p><b>Posts.</b> A post holder who no longer works in the enterprises the organisation covers
 * leaves the post: a secretary's or chair's post becomes vacant from the restructuring's date, a
 * union chair to be filled within {@code CHAIR_VACANCY_FILL_WITHIN} (CHAIR-RULES Art. 18); posts of
 * organisations to be founded are vacant from the start. All are filled under the cross-appointment
 * rules (CROSS-APPOINT).
 *
 * <p><b>Enterprises.</b> Closing enterprises keep their record with status {@code CLOSED}, no staff
 * and no assignments; a merger's successor takes over the absorbed headcounts; otherwise each
 * person who moves counts one off and one on.
 *
 * <h2>Design notes</h2>
 *
 * <p>The engine is a pure function of the jurisdiction, the restructuring, the policy and the date:
 * linear in the size of the jurisdiction, iterating in id order, so the same input always gives an
 * equal plan. New organisations get ids derived from their enterprise ({@code PO-<enterprise>} and
 * {@code UO-<enterprise>}, with a suffix if taken). The jurisdiction after is built, and so
 * validated, while planning: a plan that could not be applied would be a bug, and the property
 * tests check that none is.
 */
@NullMarked
@ValueStyle
package org.dangong.restructuring;

import org.dangong.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
