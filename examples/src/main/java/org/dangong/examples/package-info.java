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
 * </ul>
 */
@NullMarked
package org.dangong.examples;

import org.jspecify.annotations.NullMarked;
