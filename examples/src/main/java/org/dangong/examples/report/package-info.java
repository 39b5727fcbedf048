/**
 * The city report of {@link org.dangong.examples.CityReport}: what it computes, how it is laid out
 * and how each format renders it.
 *
 * <ul>
 *   <li>{@link org.dangong.examples.report.ReportBuilder} runs the building, appointment, target
 *       and recommendation engines over a city and its {@link org.dangong.testkit.CityRecords} and
 *       collects {@link org.dangong.examples.report.ReportData}, plain records that are also the
 *       JSON format's documented structure (fields in declaration order, language-independent
 *       {@code key}s beside localised {@code label}s).
 *   <li>{@link org.dangong.examples.report.ReportDocument} lays the data out as sections of
 *       paragraphs and tables in one language; the text, Markdown and HTML renderers render that
 *       layout, the HTML one adding inline SVG charts (coverage bars, the development funnel, the
 *       grades).
 *   <li>{@link org.dangong.examples.report.ReportTexts} holds the report's own texts, from the
 *       resource bundle {@code org/dangong/examples/report/messages*.properties} (English and
 *       Chinese, with the same keys), and the library's labels for its constants.
 *   <li>{@link org.dangong.examples.report.Format} names the formats and renders a report in one.
 * </ul>
 *
 * <p>Everything here is deterministic: the same city, records and language give the same bytes.
 */
@NullMarked
package org.dangong.examples.report;

import org.jspecify.annotations.NullMarked;
