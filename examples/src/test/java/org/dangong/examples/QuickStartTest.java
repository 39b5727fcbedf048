package org.dangong.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's quick start is this module's QuickStart, which compiles and runs. */
class QuickStartTest {

  @Test
  void quickStartRunsAndPrintsTheCitedThreshold() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    QuickStart.run(new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("1 full member(s); a branch needs 3 (BRANCH-REG Art. 4)" + System.lineSeparator());
  }

  @Test
  void theReadmeShowsExactlyTheQuickStartCode() throws IOException {
    String source =
        Files.readString(Path.of("src/main/java/org/dangong/examples/QuickStart.java"), StandardCharsets.UTF_8);
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String code = between(source, "// README-BEGIN\n", "    // README-END");
    assertThat(readme).contains("```java\n" + code + "```");
  }

  private static String between(String text, String begin, String end) {
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    assertThat(from).as("marker " + begin.trim()).isNotNegative();
    assertThat(to).as("marker " + end.trim()).isGreaterThan(from);
    List<String> lines = text.substring(from + begin.length(), to).lines().collect(Collectors.toList());
    return lines.stream().map(l -> l.length() >= 4 ? l.substring(4) : l.strip()).collect(Collectors.joining("\n")) + "\n";
  }
}
