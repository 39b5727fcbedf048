/**
 * Runnable examples of the dangong library.
 *
 * <ul>
 *   <li>{@link org.dangong.examples.CityReport} — the main job: every engine of the library over
 *       the testkit's deterministic synthetic city and its records, as of a fixed date, as a report
 *       for a municipal organisation department, in Chinese or English and as text, Markdown, JSON
 *       or one self-contained HTML page. Run it with {@code ./mvnw -q -pl examples -am compile
 *       exec:java} (options with {@code -Dexec.args="--lang en --format html"}); its model, layout
 *       and renderers are in {@link org.dangong.examples.report}.
 *   <li>{@link org.dangong.examples.QuickStart} — the README's quick start, compiled and run by a
 *       test.
 *   <li>{@link org.dangong.examples.RuleCatalogDocument} — generates {@code docs/rules.md} and
 *       {@code docs/glossary.md} from the code.
 *   <li>One small example per workflow, each on a hand-made jurisdiction and printing its decisions
 *       in Chinese (or English with {@code --lang en}); the user guide ({@code docs/guide.md})
 *       quotes their code between {@code // GUIDE-BEGIN name} and {@code // GUIDE-END name} markers:
 *       <ul>
 *         <li>{@link org.dangong.examples.CrossAppointmentExample} — 交叉任职 / 一肩挑 in one
 *             enterprise;
 *         <li>{@link org.dangong.examples.UnionRecommendationExample} — DUAL-REC-2 (推优) through
 *             to probationary membership, with the obligations on two dates;
 *         <li>{@link org.dangong.examples.JointTargetsExample} — 四同 over a work cycle;
 *         <li>{@link org.dangong.examples.MergerExample} — 同步健全 when two enterprises merge;
 *         <li>{@link org.dangong.examples.LocalPolicyExample} — a city's own union committee
 *             threshold and the building decisions it changes.
 *       </ul>
 * </ul>
 */
@NullMarked
package org.dangong.examples;

import org.jspecify.annotations.NullMarked;
