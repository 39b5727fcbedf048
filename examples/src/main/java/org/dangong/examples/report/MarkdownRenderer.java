package org.dangong.examples.report;

import java.util.List;
import org.dangong.examples.report.ReportDocument.Block;
import org.dangong.examples.report.ReportDocument.Paragraph;
import org.dangong.examples.report.ReportDocument.Section;
import org.dangong.examples.report.ReportDocument.Table;

/** Renders a {@link ReportDocument} as Markdown: headings, paragraphs and pipe tables. */
final class MarkdownRenderer {
  private MarkdownRenderer() {}

  static String render(ReportDocument document) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(escape(document.title())).append("\n\n");
    document.header().forEach(line -> sb.append(escape(line)).append("  \n"));
    for (Section section : document.sections()) {
      sb.append("\n## ").append(escape(section.title())).append('\n');
      for (Block block : section.blocks()) {
        sb.append('\n');
        if (block instanceof Paragraph p) {
          sb.append(escape(p.text())).append('\n');
        } else if (block instanceof Table t) {
          if (!t.caption().isEmpty()) {
            sb.append("**").append(escape(t.caption())).append("**\n\n");
          }
          row(sb, t.header());
          sb.append('|');
          for (int i = 0; i < t.header().size(); i++) {
            sb.append(i >= t.numericFrom() ? "---:|" : "---|");
          }
          sb.append('\n');
          t.rows().forEach(r -> row(sb, r));
        }
      }
    }
    return sb.toString();
  }

  private static void row(StringBuilder sb, List<String> cells) {
    sb.append('|');
    for (String cell : cells) {
      sb.append(' ').append(escape(cell)).append(" |");
    }
    sb.append('\n');
  }

  /** Escapes the characters Markdown would read as markup. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>|#".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c == '\n' ? ' ' : c);
    }
    return sb.toString();
  }
}
