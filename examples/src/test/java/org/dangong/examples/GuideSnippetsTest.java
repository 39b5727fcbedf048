package org.dangong.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet of docs/guide.md is a region of an example's source, marked {@code //
 * GUIDE-BEGIN name} … {@code // GUIDE-END name}, shown verbatim (less its common indentation); and
 * every marked region is shown in the guide. The examples are compiled and run by their own tests,
 * so the guide's code cannot drift.
 */
class GuideSnippetsTest {
  private static final List<Path> SOURCES =
      List.of(Path.of("src/main/java/org/dangong/examples"), Path.of("src/test/java/org/dangong/examples"));
  private static final Path GUIDE = Path.of("../docs/guide.md");
  private static final Pattern BEGIN = Pattern.compile("^\\s*// GUIDE-BEGIN (\\S+)\\s*$");

  @Test
  void everyJavaSnippetOfTheGuideIsAMarkedRegionOfTheExamples() throws IOException {
    Map<String, String> regions = regions();
    List<String> snippets = snippets();
    assertThat(snippets).as("java snippets in guide.md").isNotEmpty();
    for (String snippet : snippets) {
      assertThat(regions.values()).as("a marked region equal to the guide's snippet%n%s", snippet).contains(snippet);
    }
  }

  @Test
  void everyMarkedRegionIsShownInTheGuide() throws IOException {
    List<String> snippets = snippets();
    regions().forEach((name, code) -> assertThat(snippets).as("region " + name).contains(code));
  }

  @Test
  void theRenderedDecisionsShownInTheGuideAreWhatTheExamplePrints() throws IOException {
    String guide = Files.readString(GUIDE, StandardCharsets.UTF_8).replace("\r\n", "\n");
    String zh =
        ExampleOutput.of(UnionRecommendationExample::run, ExampleOutput.ZH).replace("\r\n", "\n");
    String en =
        ExampleOutput.of(UnionRecommendationExample::run, ExampleOutput.EN).replace("\r\n", "\n");
    int checked = 0;
    for (String block : blocks(guide, "")) {
      if (block.startsWith("规则 ")) {
        assertThat(zh).contains(block);
        checked++;
      } else if (block.startsWith("Rule ")) {
        assertThat(en).contains(block);
        checked++;
      }
    }
    assertThat(checked).isEqualTo(2);
  }

  @Test
  void regionsAreFoundAndDedented() {
    Map<String, String> found =
        regions(
            "class X {\n  void f() {\n    // GUIDE-BEGIN a\n    int x = 1;\n\n      x++;\n    // GUIDE-END a\n  }\n}\n",
            "X.java");
    assertThat(found).containsExactly(Map.entry("a", "int x = 1;\n\n  x++;\n"));
  }

  private static List<String> snippets() throws IOException {
    String guide = Files.readString(GUIDE, StandardCharsets.UTF_8).replace("\r\n", "\n");
    return blocks(guide, "java");
  }

  /** The fenced blocks of a Markdown text whose info string is the given language. */
  private static List<String> blocks(String markdown, String language) {
    List<String> blocks = new ArrayList<>();
    StringBuilder block = null;
    String info = "";
    for (String line : markdown.lines().toList()) {
      if (block == null && line.startsWith("```")) {
        block = new StringBuilder();
        info = line.substring(3).strip();
      } else if (block != null && line.equals("```")) {
        if (info.equals(language)) {
          blocks.add(block.toString());
        }
        block = null;
      } else if (block != null) {
        block.append(line).append('\n');
      }
    }
    assertThat(block).as("an unclosed block").isNull();
    return blocks;
  }

  private static Map<String, String> regions() throws IOException {
    Map<String, String> all = new LinkedHashMap<>();
    for (Path folder : SOURCES) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          Map<String, String> found =
              regions(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
          assertThat(all).as("region names are unique").doesNotContainKeys(found.keySet().toArray(new String[0]));
          all.putAll(found);
        }
      }
    }
    assertThat(all).as("marked regions").isNotEmpty();
    return all;
  }

  static Map<String, String> regions(String source, String file) {
    Map<String, String> found = new LinkedHashMap<>();
    List<String> lines = source.replace("\r\n", "\n").lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      Matcher begin = BEGIN.matcher(lines.get(i));
      if (begin.matches()) {
        String name = begin.group(1);
        int end = i + 1;
        while (end < lines.size() && !lines.get(end).strip().equals("// GUIDE-END " + name)) {
          end++;
        }
        assertThat(end).as("GUIDE-END %s in %s", name, file).isLessThan(lines.size());
        assertThat(found).as("region names are unique").doesNotContainKey(name);
        found.put(name, dedent(lines.subList(i + 1, end)));
        i = end;
      }
    }
    return found;
  }

  private static String dedent(List<String> lines) {
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    return lines.stream()
            .map(l -> l.isBlank() ? "" : l.substring(indent))
            .collect(Collectors.joining("\n"))
        + "\n";
  }
}
