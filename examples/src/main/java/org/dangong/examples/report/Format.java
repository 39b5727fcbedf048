package org.dangong.examples.report;

import java.util.Locale;

/** The output formats of the city report. */
public enum Format {
  /** Plain text for a terminal, with aligned columns. */
  TEXT,
  /** Markdown with tables. */
  MARKDOWN,
  /** JSON of {@link ReportData} for front-end integrators. */
  JSON,
  /** One self-contained HTML page with inline CSS and SVG charts. */
  HTML;

  /**
   * Parses a format's name as given on the command line.
   *
   * @param name {@code text}, {@code markdown}, {@code json} or {@code html}
   * @return the format
   * @throws IllegalArgumentException for another name
   */
  public static Format parse(String name) {
    for (Format f : values()) {
      if (f.name().toLowerCase(Locale.ROOT).equals(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException("--format must be text, markdown, json or html, not " + name);
  }

  /**
   * Renders a report in this format.
   *
   * @param data the report
   * @param texts the texts of its language
   * @return the rendered report, ending with a line break
   */
  public String render(ReportData data, ReportTexts texts) {
    return switch (this) {
      case TEXT -> TextRenderer.render(ReportDocument.of(data, texts));
      case MARKDOWN -> MarkdownRenderer.render(ReportDocument.of(data, texts));
      case JSON -> JsonRenderer.render(data);
      case HTML -> HtmlRenderer.render(data, ReportDocument.of(data, texts), texts);
    };
  }
}
