package org.dangong.examples.report;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.dangong.examples.report.ReportData.Count;
import org.dangong.examples.report.ReportData.Milestone;
import org.dangong.examples.report.ReportData.RegionCoverage;
import org.dangong.examples.report.ReportDocument.Block;
import org.dangong.examples.report.ReportDocument.Paragraph;
import org.dangong.examples.report.ReportDocument.Section;
import org.dangong.examples.report.ReportDocument.Table;

/**
 * Renders the report as one self-contained HTML page: inline CSS, inline SVG charts (coverage by
 * region as bars, the membership-development pipeline as a funnel, the joint-assessment grades as
 * columns), no scripts and no external references. Every text is escaped, and the page is
 * well-formed XML as well as HTML.
 */
final class HtmlRenderer {
  private static final Escaper ESCAPER = HtmlEscapers.htmlEscaper();

  private static final String CSS =
      "body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;margin:2em auto;"
          + "max-width:72em;color:#222;line-height:1.5}"
          + "h1{color:#b71c1c;border-bottom:3px solid #b71c1c}h2{color:#b71c1c;margin-top:2em}"
          + "table{border-collapse:collapse;margin:1em 0}caption{text-align:left;font-weight:bold;"
          + "padding:.3em 0}th,td{border:1px solid #ccc;padding:.25em .6em}th{background:#f5e6e6}"
          + "td.n{text-align:right;font-variant-numeric:tabular-nums}"
          + "figure{margin:1em 0}figcaption{font-weight:bold}.header{color:#555}"
          + "svg text{font-size:12px;fill:#222}";

  private HtmlRenderer() {}

  static String render(ReportData data, ReportDocument document, ReportTexts texts) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"")
        .append(texts.chinese() ? "zh-CN" : "en")
        .append("\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>")
        .append(e(document.title()))
        .append("</title>\n<style>")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<h1>")
        .append(e(document.title()))
        .append("</h1>\n");
    for (String line : document.header()) {
      sb.append("<p class=\"header\">").append(e(line)).append("</p>\n");
    }
    for (Section section : document.sections()) {
      sb.append("<section id=\"").append(e(section.id())).append("\">\n<h2>")
          .append(e(section.title()))
          .append("</h2>\n");
      switch (section.id()) {
        case "coverage" -> coverageChart(sb, data.coverage(), texts);
        case "recommendation" -> funnel(sb, data.recommendation(), texts);
        case "assessment" -> gradeChart(sb, data.assessment(), texts);
        default -> {}
      }
      for (Block block : section.blocks()) {
        if (block instanceof Paragraph p) {
          sb.append("<p>").append(e(p.text())).append("</p>\n");
        } else if (block instanceof Table t) {
          table(sb, t);
        }
      }
      sb.append("</section>\n");
    }
    sb.append("</body>\n</html>\n");
    return sb.toString();
  }

  private static String e(String text) {
    return ESCAPER.escape(text);
  }

  private static void table(StringBuilder sb, Table t) {
    sb.append("<table>\n");
    if (!t.caption().isEmpty()) {
      sb.append("<caption>").append(e(t.caption())).append("</caption>\n");
    }
    sb.append("<thead><tr>");
    for (String h : t.header()) {
      sb.append("<th>").append(e(h)).append("</th>");
    }
    sb.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : t.rows()) {
      sb.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        sb.append(i >= t.numericFrom() ? "<td class=\"n\">" : "<td>")
            .append(e(row.get(i)))
            .append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</tbody>\n</table>\n");
  }

  private static String num(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** Party and union coverage rates by region as horizontal bars, 0–100%. */
  private static void coverageChart(StringBuilder sb, ReportData.Coverage c, ReportTexts t) {
    List<RegionCoverage> rows = new java.util.ArrayList<>(c.regions());
    rows.add(c.total());
    int label = 170;
    int width = 400;
    int rowHeight = 30;
    int height = 30 + rows.size() * rowHeight;
    sb.append("<figure>\n<figcaption>").append(e(t.text("chart.coverage"))).append("</figcaption>\n");
    sb.append("<svg role=\"img\" width=\"")
        .append(label + width + 60)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(label + width + 60)
        .append(' ')
        .append(height)
        .append("\">\n<title>")
        .append(e(t.text("chart.coverage")))
        .append("</title>\n");
    legend(sb, label, 12, "#c62828", t.text("coverage.partyRate"));
    legend(sb, label + 160, 12, "#1565c0", t.text("coverage.unionRate"));
    int y = 30;
    for (RegionCoverage r : rows) {
      sb.append("<text x=\"").append(label - 6).append("\" y=\"").append(y + 14)
          .append("\" text-anchor=\"end\">").append(e(r.name())).append("</text>\n");
      bar(sb, label, y, width, r.partyRate(), "#c62828");
      bar(sb, label, y + 12, width, r.unionRate(), "#1565c0");
      y += rowHeight;
    }
    sb.append("</svg>\n</figure>\n");
  }

  private static void legend(StringBuilder sb, int x, int y, String colour, String text) {
    sb.append("<rect x=\"").append(x).append("\" y=\"").append(y - 9)
        .append("\" width=\"10\" height=\"10\" fill=\"").append(colour).append("\"/>")
        .append("<text x=\"").append(x + 14).append("\" y=\"").append(y).append("\">")
        .append(e(text)).append("</text>\n");
  }

  private static void bar(StringBuilder sb, int x, int y, int width, BigDecimal percent, String colour) {
    double w = width * percent.doubleValue() / 100;
    sb.append("<rect x=\"").append(x).append("\" y=\"").append(y)
        .append("\" width=\"").append(num(w)).append("\" height=\"10\" fill=\"").append(colour)
        .append("\"/><text x=\"").append(num(x + w + 4)).append("\" y=\"").append(y + 9)
        .append("\">").append(e(ReportDocument.percent(percent))).append("</text>\n");
  }

  /** The membership-development pipeline as a funnel of centred bars. */
  private static void funnel(StringBuilder sb, ReportData.Recommendation r, ReportTexts t) {
    long max = r.pipeline().stream().mapToLong(Milestone::all).max().orElse(0);
    int width = 460;
    int rowHeight = 34;
    int height = 10 + r.pipeline().size() * rowHeight;
    int longest = r.pipeline().stream().mapToInt(m -> textWidth(m.label())).max().orElse(0);
    int labels = Math.max(150, longest + 20);
    int centre = labels + width / 2;
    sb.append("<figure>\n<figcaption>").append(e(t.text("chart.funnel"))).append("</figcaption>\n");
    sb.append("<svg role=\"img\" width=\"")
        .append(labels + width + 20).append("\" height=\"").append(height)
        .append("\" viewBox=\"0 0 ").append(labels + width + 20).append(' ').append(height)
        .append("\">\n<title>").append(e(t.text("chart.funnel"))).append("</title>\n");
    int y = 5;
    for (Milestone m : r.pipeline()) {
      double w = max == 0 ? 0 : Math.max(2, (double) width * m.all() / max);
      sb.append("<rect x=\"").append(num(centre - w / 2)).append("\" y=\"").append(y)
          .append("\" width=\"").append(num(w)).append("\" height=\"").append(rowHeight - 6)
          .append("\" fill=\"#c62828\" fill-opacity=\"0.8\"/>\n");
      sb.append("<text x=\"").append(labels - 10).append("\" y=\"").append(y + 18)
          .append("\" text-anchor=\"end\">")
          .append(e(m.label())).append("</text>");
      boolean inside = w >= 60;
      sb.append("<text x=\"").append(inside ? String.valueOf(centre) : num(centre + w / 2 + 4))
          .append("\" y=\"").append(y + 18)
          .append(inside ? "\" text-anchor=\"middle\" style=\"fill:#fff\">" : "\">")
          .append(e(ReportDocument.number(m.all()))).append("</text>\n");
      y += rowHeight;
    }
    sb.append("</svg>\n</figure>\n");
  }

  /**
   * An estimate of a label's width in pixels at the charts' 12px font: wide (CJK) characters take
   * a full em, others a little over half.
   */
  static int textWidth(String text) {
    return text.codePoints().map(c -> c >= 0x2E80 ? 12 : 7).sum();
  }

  /** Units by joint-assessment grade as columns. */
  private static void gradeChart(StringBuilder sb, ReportData.JointAssessment a, ReportTexts t) {
    List<Count> grades = a.grades();
    long max = grades.stream().mapToLong(Count::count).max().orElse(0);
    int column = 90;
    int plot = 200;
    int width = 20 + grades.size() * column;
    int height = plot + 60;
    sb.append("<figure>\n<figcaption>").append(e(t.text("chart.grades"))).append("</figcaption>\n");
    sb.append("<svg role=\"img\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
        .append(' ').append(height).append("\">\n<title>").append(e(t.text("chart.grades")))
        .append("</title>\n");
    String[] colours = {"#2e7d32", "#1565c0", "#f9a825", "#c62828", "#9e9e9e"};
    int x = 20;
    for (int i = 0; i < grades.size(); i++) {
      Count g = grades.get(i);
      double h = max == 0 ? 0 : (double) plot * g.count() / max;
      double top = 20 + plot - h;
      sb.append("<rect x=\"").append(x + 10).append("\" y=\"").append(num(top))
          .append("\" width=\"").append(column - 30).append("\" height=\"").append(num(h))
          .append("\" fill=\"").append(colours[Math.min(i, colours.length - 1)]).append("\"/>");
      sb.append("<text x=\"").append(x + column / 2 - 5).append("\" y=\"").append(num(top - 4))
          .append("\" text-anchor=\"middle\">").append(e(ReportDocument.number(g.count())))
          .append("</text>");
      sb.append("<text x=\"").append(x + column / 2 - 5).append("\" y=\"").append(plot + 40)
          .append("\" text-anchor=\"middle\">").append(e(g.label())).append("</text>\n");
      x += column;
    }
    sb.append("</svg>\n</figure>\n");
  }
}
