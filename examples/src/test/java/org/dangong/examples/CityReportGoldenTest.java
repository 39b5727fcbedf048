package org.dangong.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.dangong.examples.report.Format;
import org.dangong.examples.report.ReportData;
import org.dangong.examples.report.ReportTexts;
import org.dangong.model.Jurisdiction;
import org.dangong.testkit.Cities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Pins the report of a city of 200 enterprises, in every format and both languages, to the files
 * under {@code src/test/resources/golden/}. Any difference fails the test.
 *
 * <p>After an intended change of the report, regenerate the files and review the diff: {@code
 * ./mvnw -B -o -pl examples -am test -Dtest=CityReportGoldenTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Ddangong.golden.update=true}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CityReportGoldenTest {
  static final int SIZE = 200;
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final boolean UPDATE = Boolean.getBoolean("dangong.golden.update");

  private Jurisdiction city;
  private ReportData zh;
  private ReportData en;

  @BeforeAll
  void generate() {
    city = Cities.suzhouLike().enterprises(SIZE).generate(CityReport.DEFAULT_SEED);
    zh = data(city, "zh");
    en = data(city, "en");
  }

  private static ReportData data(Jurisdiction city, String lang) {
    return CityReport.data(
        city, CityReport.Options.parse("--size", String.valueOf(SIZE), "--lang", lang), s -> {});
  }

  static String file(String lang, Format format) {
    String extension =
        switch (format) {
          case TEXT -> "txt";
          case MARKDOWN -> "md";
          case JSON -> "json";
          case HTML -> "html";
        };
    return "city-report-" + SIZE + "-" + lang + "." + extension;
  }

  @Test
  void everyFormatInBothLanguagesMatchesItsGoldenFile() throws IOException {
    List<String> differing = new ArrayList<>();
    for (Format format : Format.values()) {
      for (String lang : List.of("zh", "en")) {
        ReportData data = lang.equals("zh") ? zh : en;
        String actual = format.render(data, ReportTexts.of(CityReport.Options.parse("--lang", lang).locale()));
        Path golden = GOLDEN.resolve(file(lang, format));
        if (UPDATE) {
          Files.createDirectories(GOLDEN);
          Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file %s (regenerate with -Ddangong.golden.update=true)", golden).exists();
        if (!Files.readString(golden, StandardCharsets.UTF_8).equals(actual)) {
          differing.add(golden.toString());
        }
      }
    }
    assertThat(differing)
        .as("reports that differ from their golden files; if intended, regenerate with -Ddangong.golden.update=true")
        .isEmpty();
  }

  @Test
  void theSameArgumentsGiveByteIdenticalOutputTwice() {
    ReportData again = data(city, "zh");
    assertThat(again).isEqualTo(zh);
    for (Format format : Format.values()) {
      ReportTexts texts = ReportTexts.of(CityReport.Options.parse().locale());
      assertThat(format.render(again, texts).getBytes(StandardCharsets.UTF_8))
          .isEqualTo(format.render(zh, texts).getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void theOrderTheCityWasBuiltInDoesNotMatter() {
    Random random = new Random(5);
    Jurisdiction.Builder b = Jurisdiction.builder();
    b.addRegions(shuffled(city.regions(), random));
    b.addClusters(shuffled(city.clusters(), random));
    b.addEnterprises(shuffled(city.enterprises(), random));
    b.addPeople(shuffled(city.people(), random));
    b.addPartyOrganizations(shuffled(city.partyOrganizations(), random));
    b.addUnionOrganizations(shuffled(city.unionOrganizations(), random));
    shuffled(city.assignments(), random).forEach(b::addAssignment);
    Jurisdiction rebuilt = b.build();
    ReportData data = data(rebuilt, "en");
    assertThat(Format.JSON.render(data, ReportTexts.of(java.util.Locale.ENGLISH)))
        .isEqualTo(Format.JSON.render(en, ReportTexts.of(java.util.Locale.ENGLISH)));
    assertThat(Format.TEXT.render(data, ReportTexts.of(java.util.Locale.ENGLISH)))
        .isEqualTo(Format.TEXT.render(en, ReportTexts.of(java.util.Locale.ENGLISH)));
  }

  private static <T> List<T> shuffled(List<T> list, Random random) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy;
  }
}
