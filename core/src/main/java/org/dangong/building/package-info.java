/**
 * The building engine (建 and 双带): which organisations every non-public enterprise has, which it
 * needs, and what gets them built.
 *
 * <h2>A short tour</h2>
 *
 * <ul>
 *   <li><b>The engine</b> — {@link
 *       org.dangong.building.BuildingEngine#of(org.dangong.policy.Policy)} gives an immutable
 *       engine; {@code evaluate(jurisdiction, asOf)} a {@link org.dangong.building.BuildingReport}
 *       of the whole jurisdiction, {@code evaluate(jurisdiction, region, asOf)} of one region, and
 *       {@code assess(jurisdiction, enterprise, asOf)} one {@link
 *       org.dangong.building.EnterpriseAssessment}.
 *   <li><b>Screening</b> — {@code classify(jurisdiction, asOf)} (or one region) gives a compact
 *       {@link org.dangong.building.CoverageScreening}: for every non-public enterprise its
 *       coverage and required forms only, by the same rules and policy values as {@code evaluate}
 *       but without decisions, an {@code int} an enterprise — for national-scale screening, with
 *       {@code evaluate} or {@code assess} for the explained decisions of what it singles out.
 *   <li><b>Coverage</b> — each non-public enterprise's {@link org.dangong.building.PartyCoverage}
 *       (own organisation, joint organisation, none), {@link org.dangong.building.UnionCoverage}
 *       (own committee, joint committee, organiser, federation, none) and {@link
 *       org.dangong.building.Quadrant}.
 *   <li><b>Required forms</b> — {@link org.dangong.building.RequiredForms} turns counts into a
 *       {@link org.dangong.building.PartyRequirement} (BRANCH-REG Art. 4–5: an own branch from
 *       three <em>full</em> members, else a joint branch; Art. 20: a branch committee from seven
 *       full members, else one secretary; the 50 and 100 defaults of general branches and primary
 *       committees, policy parameters borrowed from other regulations) and a {@link
 *       org.dangong.building.UnionRequirement} (UNION-LAW Art. 11: a committee from 25 members,
 *       else a committee, a joint committee or an organiser; Art. 14: a full-time chair
 *       <em>possible</em> from 200 staff; Art. 11: a women workers' committee or member). Other
 *       engines reuse it.
 *   <li><b>Decisions</b> — every finding is a cited {@link org.dangong.decision.Decision} of one of
 *       the {@link org.dangong.building.BuildingRules}: the requirement compared with what exists
 *       (satisfied, not satisfied, or advisory where the text says "一般" or is a policy default),
 *       expired terms (LEAD-TEAM), a branch above 50 members (advisory), union chairs' training
 *       (LEAD-TRAIN).
 *   <li><b>Actions</b> — {@link org.dangong.building.BuildingAction}s of the seed's practices:
 *       SYNC-BUILD for an enterprise with neither organisation, MUTUAL-P2U / DUAL-LEAD-1 for one
 *       with a party organisation only (with how many more members reach 25), MUTUAL-U2P with
 *       DUAL-REC-1 (an eligible party-member chair) and DUAL-REC-2 (applicants recommended as
 *       activists) for one with a union only, DUAL-LEAD-2 where a party-building instructor has no
 *       union-building instructor beside them, SYNC-CLUSTER for small enterprises of a building
 *       area.
 *   <li><b>Joint branches</b> — {@link org.dangong.building.JointBranchProposal}s group the units
 *       that need one, by cluster first, then by region, at most {@code JOINT_BRANCH_MAX_UNITS}
 *       units each, in the fewest groups; each reaches three full members or reports its shortfall,
 *       and explains itself.
 *   <li><b>Network and indicators</b> — SYNC-NETWORK checks (a union work coordinator in every
 *       subdistrict, a non-public-economy party working committee in every county-level region),
 *       LEAD-TOWN and LEAD-TRAIN shares, and {@link org.dangong.building.BuildingCounts} per region
 *       ({@link org.dangong.building.RegionStatistics}), rolled up so that a city's total is the
 *       sum of its parts.
 * </ul>
 *
 * <h2>Design notes</h2>
 *
 * <p>Counts of party members are of the staff the jurisdiction knows (its {@code Person}s employed
 * by the enterprise); union members are those with an active membership; staff and female staff are
 * the enterprise's headcounts. Only full members (正式党员) count where the clause says so;
 * probationary members are reported beside them.
 *
 * <p>Closed enterprises are classified but out of scope: no required forms, no actions, and no part
 * in coverage rates. State-owned and collective enterprises are outside the engine altogether.
 *
 * <p>An enterprise's assessment depends only on its own neighbourhood, never on the other
 * enterprises evaluated with it, so a jurisdiction can be evaluated region by region, in parallel,
 * with the same assessments. The engine is linear in the size of what it evaluates.
 *
 * <p>LEAD-MECH (the federation in the party's leading group and joint conference) is not checked:
 * the model holds no data about leading groups.
 */
@NullMarked
@ValueStyle
package org.dangong.building;

import org.dangong.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
