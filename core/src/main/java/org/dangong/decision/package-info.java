/**
 * Decisions: what every engine returns, why, on which clauses, and how it reads in Chinese and
 * English.
 *
 * <h2>A short tour</h2>
 *
 * <ul>
 *   <li>A {@link org.dangong.decision.Decision} is the {@link org.dangong.decision.Verdict} of one
 *       rule ({@link org.dangong.decision.RuleId}, such as {@code
 *       CROSS-APPOINT.CHAIR-BARRED-HR-HEAD}) about one {@link org.dangong.decision.Subject} on one
 *       date, with at least one {@link org.dangong.decision.Reason}. A business outcome — "this
 *       person may not chair the union" — is a decision, never an exception.
 *   <li>A reason is a message key with typed, named {@link org.dangong.decision.Argument}s, the
 *       citations it rests on and the policy values it applied, so every decision traces back to
 *       the clauses and thresholds that produced it.
 *   <li>{@code decision.render(Locale.SIMPLIFIED_CHINESE)} and {@code
 *       decision.render(Locale.ENGLISH)} give the text for people; {@link
 *       org.dangong.decision.Labels} gives the label of any {@code Labelled} constant.
 *   <li>Each engine declares its {@link org.dangong.decision.Rule}s as constants; the {@link
 *       org.dangong.decision.RuleCatalog} gathers them and checks that each is titled in both
 *       languages and cites a seed practice or a clause.
 * </ul>
 *
 * <h2>Message bundles</h2>
 *
 * <p>The texts are in {@code org/dangong/decision/Messages.properties} (English, the fallback for
 * every non-Chinese locale) and {@code Messages_zh.properties} (Simplified Chinese, for every
 * locale of language {@code zh}), in UTF-8, grouped by type under comment headers. Keys: {@code
 * enum.<Type>.<CONSTANT>}, {@code parameter.<ID>}, {@code rule.<RULE-ID>}, {@code practice.<ID>},
 * {@code reason.<name>}, {@code decision.*}, {@code format.*}. Patterns use {@link
 * java.text.MessageFormat} syntax with named placeholders such as {@code {actual}}; write an
 * apostrophe as {@code ''}.
 */
@NullMarked
@ValueStyle
package org.dangong.decision;

import org.dangong.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
