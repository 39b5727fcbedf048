/**
 * Joint target management (JOINT-DEPLOY: 党工工作同部署、同检查、同考核、同表彰): party work and union work of a unit
 * planned, inspected, assessed and commended together over a work cycle.
 *
 * <h2>A short tour</h2>
 *
 * <ul>
 *   <li><b>The input</b> — a {@link org.dangong.targets.WorkCycle} (usually a year) for a set of
 *       {@link org.dangong.targets.Unit}s: a unit is a party organisation and the union(s) it
 *       leads, by enterprise or region, named by a free {@link org.dangong.targets.UnitId}; {@link
 *       org.dangong.targets.Unit#ledBy} derives one from a {@code Jurisdiction}. {@link
 *       org.dangong.targets.Deployment} acts (or plans) set party-building and union-building
 *       {@link org.dangong.targets.Target}s with weights and scoring scales; {@link
 *       org.dangong.targets.Inspection}s (or supervisions) look at some targets of some units;
 *       {@link org.dangong.targets.Assessment}s give {@link org.dangong.targets.Score}s; {@link
 *       org.dangong.targets.Quota}s limit the commendation list per region or category.
 *   <li><b>The engine</b> — {@link org.dangong.targets.TargetEngine#of(org.dangong.policy.Policy)}
 *       and {@link org.dangong.targets.TargetEngine#evaluate(WorkCycle, java.time.LocalDate)}.
 *   <li><b>The report</b> — a {@link org.dangong.targets.CycleReport}: per unit a {@link
 *       org.dangong.targets.UnitReport} with a {@code Decision} per joint stage of the policy, a
 *       {@link org.dangong.targets.UnitScore} with a {@link org.dangong.targets.SideScore} per side
 *       and a {@link org.dangong.targets.TargetScore} per target (points, weight, cap, citation),
 *       the {@link org.dangong.targets.AssessmentGrade} and the {@link
 *       org.dangong.targets.CommendationOutcome}; the commendation list and the units inspected on
 *       one side only.
 *   <li><b>The rules</b> — {@link org.dangong.targets.TargetRules}: one per {@code JointStage},
 *       plus the grade and the commendation list; every decision renders in Chinese and English.
 * </ul>
 *
 * <h2>Design notes</h2>
 *
 * <p><b>Local practice is policy.</b> The 四同 are Suzhou's practice; other cities name other stages
 * (同规划、同部署、同督导、同考核), so the stages are the policy parameter {@code JOINT_STAGES} and only those
 * stages are evaluated as joint requirements. Planning is evidenced by acts of kind {@link
 * org.dangong.targets.DeploymentKind#PLAN} and judged like deployment; supervision by records of
 * kind {@link org.dangong.targets.InspectionKind#SUPERVISION} and judged like inspection. The
 * weights of the two sides, the grade thresholds, the union cap, the veto items and the
 * commendation threshold are parameters too ({@code JOINT_ASSESSMENT_*}, {@code
 * JOINT_COMMENDATION_MIN_SCORE}), cited to the seed with a note that they are this library's
 * choice, not the seed's.
 *
 * <p><b>Two kinds of failure.</b> Input records are plain values; the whole cycle is checked when
 * {@link org.dangong.targets.WorkCycle.Builder#build()} runs, and one {@code InvalidValueException}
 * names every problem of the cycle at once — a weight of zero, points outside a scale and an
 * inspection before its deployment act together — so that a cycle loaded from a table is fixed in
 * one pass. Missing data is not an error: "no inspection recorded" is a finding in a returned
 * decision.
 *
 * <p><b>Determinism.</b> A cycle keeps every collection in id order whatever the insertion order,
 * and the engine walks units in id order and records by date then id; the ranking is total. The
 * same cycle, policy and date give an equal report.
 */
@NullMarked
@ValueStyle
package org.dangong.targets;

import org.dangong.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
