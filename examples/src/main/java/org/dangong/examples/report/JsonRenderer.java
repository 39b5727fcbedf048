package org.dangong.examples.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Writes {@link ReportData} as JSON with Jackson: fields in declaration order, two-space
 * indentation and {@code \n} line breaks on every platform, numbers as numbers.
 */
final class JsonRenderer {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private static final ObjectWriter WRITER =
      MAPPER.writer(
          new DefaultPrettyPrinter()
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private JsonRenderer() {}

  static String render(ReportData data) {
    try {
      return WRITER.writeValueAsString(data) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the report cannot be written as JSON", e);
    }
  }

  /**
   * Returns the mapper the report is written with, for reading it back.
   *
   * @return the mapper
   */
  static ObjectMapper mapper() {
    return MAPPER;
  }
}
