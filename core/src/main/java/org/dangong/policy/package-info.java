/**
 * Policy: every threshold and local choice the engines apply, each with the clause it comes from
 * and the period it is in force.
 *
 * <h2>A short tour</h2>
 *
 * <ul>
 *   <li>{@link org.dangong.policy.Parameters} defines every {@link
 *       org.dangong.policy.PolicyParameter} as a constant — "3 full members found a party branch"
 *       is {@code BRANCH_MIN_FULL_MEMBERS}, national default 3, cited as {@code BRANCH-REG Art. 4}
 *       and {@code PARTY-CONST Art. 30}. Numbers the law does not fix and local practice (四同, the
 *       women's committee threshold, 公示) are parameters too, and their citations' notes say so.
 *   <li>{@link org.dangong.policy.Policy} (党工政策参数) holds a timeline of {@link
 *       org.dangong.policy.PolicyValue}s per parameter. {@code Policy.national()} gives the
 *       national defaults; a locality derives its own with {@code
 *       Policy.national().toBuilder().set(param, value, citation, validFrom).build()} — never a
 *       code edit — and {@code policy.value(param, asOf)} gives the value in force on a date.
 *   <li>{@link org.dangong.policy.Citation} points to a clause of a {@link
 *       org.dangong.policy.Source} ({@code BRANCH-REG Art. 20}); {@link org.dangong.policy.Ratio}
 *       is an exact vote threshold ("more than half", "at least two thirds"); {@link
 *       org.dangong.policy.JointStage} is a stage of 同部署、同检查、同考核、同表彰.
 * </ul>
 *
 * <h2>Design notes</h2>
 *
 * <p>Building a policy validates it as a whole and lists every problem at once: a value breaking
 * its parameter's constraint (a joint branch of fewer than 2 units, a ratio outside (0, 1]),
 * overlapping or gapped validity periods, related parameters out of order. Before the first value
 * of a parameter is in force, the earliest value applies, so every date has a value.
 *
 * <p>Adding a parameter is one constant in {@code Parameters} plus its title in the message
 * bundles; the completeness test fails until the title is there.
 */
@NullMarked
@ValueStyle
package org.dangong.policy;

import org.dangong.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
