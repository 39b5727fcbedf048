package org.dangong.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dangong.Dangong;
import org.dangong.decision.Labels;
import org.dangong.decision.Rule;
import org.dangong.model.Labelled;
import org.dangong.policy.Citation;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;
import org.dangong.policy.PolicyParameter;
import org.dangong.policy.PolicyValue;

/**
 * Writes {@code docs/rules.md}, the rule catalogue, and {@code docs/glossary.md}, the glossary, from
 * the code: every rule of {@link Dangong#ruleCatalog()} with its seed practices, citations and
 * zh/en titles, and every policy parameter with its national default. A test fails when the files
 * differ from what this class generates, so the documents cannot drift from the code.
 *
 * <p>Regenerate with {@code ./mvnw -q -pl examples -am compile exec:java
 * -Dexec.mainClass=org.dangong.examples.RuleCatalogDocument}.
 */
public final class RuleCatalogDocument {
  private RuleCatalogDocument() {}

  /**
   * Writes the documents under {@code docs/} of the project root (the working directory or its
   * parent).
   *
   * @param args ignored
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path docs = Files.isDirectory(Path.of("docs")) ? Path.of("docs") : Path.of("..", "docs");
    Files.writeString(docs.resolve("rules.md"), rules(), StandardCharsets.UTF_8);
    Files.writeString(docs.resolve("glossary.md"), glossary(), StandardCharsets.UTF_8);
  }

  static String rules() {
    StringBuilder sb = new StringBuilder();
    sb.append("# Rule catalogue\n\n")
        .append("Generated from `Dangong.ruleCatalog()` and `Parameters` by `RuleCatalogDocument`; ")
        .append("do not edit by hand (a test fails when this file differs from the code).\n\n")
        .append("Citations use the short names of the regulations: see the table at the end.\n\n");
    sb.append("## Rules\n\n");
    sb.append("| rule | seed practice | citations | 中文 | English |\n|---|---|---|---|---|\n");
    for (Rule rule : Dangong.ruleCatalog().rules()) {
      sb.append("| `")
          .append(rule.id().value())
          .append("` | ")
          .append(String.join(", ", rule.practices()))
          .append(" | ")
          .append(rule.citations().stream().map(Citation::toString).collect(Collectors.joining("; ")))
          .append(" | ")
          .append(cell(Labels.text(rule.titleKey(), Locale.SIMPLIFIED_CHINESE)))
          .append(" | ")
          .append(cell(Labels.text(rule.titleKey(), Locale.ENGLISH)))
          .append(" |\n");
    }
    sb.append("\n## Policy parameters (national defaults)\n\n");
    sb.append("| parameter | default | citation | note | 中文 | English |\n|---|---|---|---|---|---|\n");
    Policy national = Policy.national();
    for (PolicyParameter<?> parameter : Parameters.all()) {
      PolicyValue<?> first = national.timeline(parameter).get(0);
      Citation citation = first.citation();
      sb.append("| `")
          .append(parameter.id())
          .append("` | ")
          .append(cell(String.valueOf(first.value())))
          .append(" | ")
          .append(citation)
          .append(" | ")
          .append(cell(citation.note().orElse("")))
          .append(" | ")
          .append(cell(Labels.label(parameter, Locale.SIMPLIFIED_CHINESE)))
          .append(" | ")
          .append(cell(Labels.label(parameter, Locale.ENGLISH)))
          .append(" |\n");
    }
    sb.append("\n## Sources\n\n| short name | document | English |\n|---|---|---|\n");
    for (org.dangong.policy.Source source : org.dangong.policy.Source.values()) {
      sb.append("| ")
          .append(source.shortName())
          .append(" | ")
          .append(cell(source.chineseTitle()))
          .append(" | ")
          .append(cell(source.englishTitle()))
          .append(" |\n");
    }
    return sb.toString();
  }

  static String glossary() {
    StringBuilder sb = new StringBuilder();
    sb.append("# Glossary 术语表\n\n")
        .append("Generated from the library's labels by `RuleCatalogDocument`; do not edit by hand.\n\n")
        .append("| constant | 中文 | English |\n|---|---|---|\n");
    for (Labelled constant : Dangong.labelledConstants()) {
      if (constant instanceof PolicyParameter) {
        continue; // listed in rules.md
      }
      sb.append("| `")
          .append(describe(constant))
          .append("` | ")
          .append(cell(Labels.label(constant, Locale.SIMPLIFIED_CHINESE)))
          .append(" | ")
          .append(cell(Labels.label(constant, Locale.ENGLISH)))
          .append(" |\n");
    }
    return sb.toString();
  }

  private static String describe(Labelled constant) {
    if (constant instanceof Enum<?> e) {
      return e.getDeclaringClass().getSimpleName() + "." + e.name();
    }
    return constant.messageKey();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
