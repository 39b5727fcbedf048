/**
 * Runnable examples of the dangong library, among them {@link org.dangong.examples.CityReport}, the
 * report over the embedded synthetic city, and {@link org.dangong.examples.QuickStart}, the README's
 * quick start.
 *
 * <p>One small example per workflow, each on a hand-made jurisdiction and printing its decisions
 * in Chinese (or English with {@code --lang en}); the user guide ({@code docs/guide.md}) quotes
 * their code between {@code // GUIDE-BEGIN name} and {@code // GUIDE-END name} markers:
 *
 * <ul>
 *   <li>{@link org.dangong.examples.CrossAppointmentExample} — 交叉任职 / 一肩挑 in one enterprise;
 *   <li>{@link org.dangong.examples.UnionRecommendationExample} — DUAL-REC-2 (推优) through to
 *       probationary membership, with the obligations on two dates;
 *   <li>{@link org.dangong.examples.JointTargetsExample} — 四同 over a work cycle;
 *   <li>{@link org.dangong.examples.MergerExample} — 同步健全 when two enterprises merge;
 *   <li>{@link org.dangong.examples.LocalPolicyExample} — a city's own union committee threshold
 *       and the building decisions it changes.
 * </ul>
 */
@NullMarked
package org.dangong.examples;

import org.jspecify.annotations.NullMarked;
