package org.dangong.examples.report;

import java.util.List;
import org.dangong.examples.Columns;
import org.dangong.examples.report.ReportDocument.Block;
import org.dangong.examples.report.ReportDocument.Paragraph;
import org.dangong.examples.report.ReportDocument.Section;
import org.dangong.examples.report.ReportDocument.Table;

/** Renders a {@link ReportDocument} as plain text with aligned columns (wide characters count two). */
final class TextRenderer {
  private TextRenderer() {}

  static String render(ReportDocument document) {
    StringBuilder sb = new StringBuilder();
    sb.append(document.title()).append('\n');
    sb.append("=".repeat(Columns.width(document.title()))).append('\n');
    document.header().forEach(line -> sb.append(line).append('\n'));
    int number = 0;
    for (Section section : document.sections()) {
      String heading = ++number + ". " + section.title();
      sb.append('\n').append(heading).append('\n');
      sb.append("-".repeat(Columns.width(heading))).append('\n');
      for (Block block : section.blocks()) {
        if (block instanceof Paragraph p) {
          sb.append(p.text()).append('\n');
        } else if (block instanceof Table t) {
          table(sb, t);
        }
      }
    }
    return sb.toString();
  }

  private static void table(StringBuilder sb, Table t) {
    if (!t.caption().isEmpty()) {
      sb.append('\n').append(t.caption()).append('\n');
    }
    int[] widths = new int[t.header().size()];
    measure(widths, t.header());
    t.rows().forEach(row -> measure(widths, row));
    line(sb, t.header(), widths, t.numericFrom());
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
    }
    sb.append(rule).append('\n');
    t.rows().forEach(row -> line(sb, row, widths, t.numericFrom()));
  }

  private static void measure(int[] widths, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      widths[i] = Math.max(widths[i], Columns.width(cells.get(i)));
    }
  }

  private static void line(StringBuilder sb, List<String> cells, int[] widths, int numericFrom) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      line.append(i == 0 ? "" : "  ");
      line.append(
          i >= numericFrom
              ? Columns.padLeft(cells.get(i), widths[i])
              : Columns.pad(cells.get(i), widths[i]));
    }
    sb.append(line.toString().stripTrailing()).append('\n');
  }
}
