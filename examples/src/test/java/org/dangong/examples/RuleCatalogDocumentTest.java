package org.dangong.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dangong.Dangong;
import org.junit.jupiter.api.Test;

/** docs/rules.md and docs/glossary.md are exactly what the code generates. */
class RuleCatalogDocumentTest {

  @Test
  void theRuleCatalogueInDocsMatchesTheCode() throws IOException {
    assertThat(Files.readString(Path.of("../docs/rules.md"), StandardCharsets.UTF_8))
        .as("docs/rules.md is stale: regenerate it with RuleCatalogDocument")
        .isEqualTo(RuleCatalogDocument.rules());
  }

  @Test
  void theGlossaryInDocsMatchesTheCode() throws IOException {
    assertThat(Files.readString(Path.of("../docs/glossary.md"), StandardCharsets.UTF_8))
        .as("docs/glossary.md is stale: regenerate it with RuleCatalogDocument")
        .isEqualTo(RuleCatalogDocument.glossary());
  }

  @Test
  void theCatalogueListsEveryRuleAndParameter() {
    String rules = RuleCatalogDocument.rules();
    Dangong.ruleCatalog().rules().forEach(r -> assertThat(rules).contains("`" + r.id().value() + "`"));
    assertThat(rules).contains("`BRANCH_MIN_FULL_MEMBERS` | 3 | BRANCH-REG Art. 4");
  }
}
