package org.dangong.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangong.building.BuildingEngine;
import org.dangong.building.BuildingReport;
import org.dangong.building.PartyCoverage;
import org.dangong.examples.report.Format;
import org.dangong.examples.report.ReportData;
import org.dangong.examples.report.ReportTexts;
import org.dangong.model.Jurisdiction;
import org.dangong.policy.Policy;
import org.dangong.targets.CycleReport;
import org.dangong.targets.TargetEngine;
import org.dangong.testkit.Cities;
import org.dangong.testkit.CityRecords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CityReportFormatsTest {
  private static final int SIZE = 300;
  private static final long SEED = 11;
  private static final LocalDate AS_OF = CityReport.DEFAULT_AS_OF;

  private Jurisdiction city;
  private ReportData en;
  private ReportData zh;

  @BeforeAll
  void generate() {
    city = Cities.suzhouLike().enterprises(SIZE).generate(SEED);
    en = CityReport.data(city, CityReport.Options.parse("--lang", "en", "--seed", "11", "--size", "300"), s -> {});
    zh = CityReport.data(city, CityReport.Options.parse("--seed", "11", "--size", "300"), s -> {});
  }

  private static String render(ReportData data, Format format) {
    return format.render(data, ReportTexts.of(data.language().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH));
  }

  @Test
  void everySectionIsPresentInEveryReadableFormatAndLanguage() {
    for (Format format : List.of(Format.TEXT, Format.MARKDOWN, Format.HTML)) {
      assertThat(render(en, format))
          .as("%s en", format)
          .contains(
              "Coverage by region",
              "Organisations needed and building actions",
              "Cross-appointment and appointment audit",
              "Dual recommendation and membership development",
              "Joint assessment and commendation",
              "Network indicators",
              "city total",
              "Commendation list");
      assertThat(render(zh, format))
          .as("%s zh", format)
          .contains("分区域覆盖情况", "应建组织与组建行动", "交叉任职与任职审查", "双推双荐与发展党员", "同考核与同表彰", "工作网络指标", "全市合计", "表彰名单");
    }
    assertThat(render(en, Format.MARKDOWN)).contains("## Coverage by region", "|---|---|---:|");
  }

  @Test
  void everyEngineContributes() {
    assertThat(en.building().actions()).extracting(ReportData.Count::key)
        .containsExactly("SYNC_BUILD", "MUTUAL_P2U", "MUTUAL_U2P", "DUAL_LEAD_2", "SYNC_CLUSTER");
    assertThat(en.building().actions().stream().mapToLong(ReportData.Count::count).sum()).isPositive();
    assertThat(en.building().jointBranches().proposals()).isPositive();
    assertThat(en.appointments().crossAppointment().get(0).count()).isPositive();
    ReportData.Share crossAppointed = en.network().indicators().get(4);
    assertThat(crossAppointed.key()).isEqualTo("CROSS_APPOINTED");
    assertThat(en.appointments().crossAppointment().get(0).count()).isEqualTo(crossAppointed.whole());
    assertThat(en.appointments().crossAppointment().get(1).count()).isEqualTo(crossAppointed.part());
    assertThat(en.recommendation().pipeline()).hasSize(6);
    assertThat(en.recommendation().overdueObligations()).isPositive();
    assertThat(en.assessment().grades()).extracting(ReportData.Count::key)
        .containsExactly("EXCELLENT", "GOOD", "PASS", "FAIL", "NONE");
    assertThat(en.assessment().commended()).isNotEmpty();
    assertThat(en.network().indicators()).extracting(ReportData.Share::key)
        .startsWith("TOWNS_DEPUTY_RANK_CHAIR", "TRAINED_CHAIRS");
    assertThat(en.network().indicators().get(0).part()).isEqualTo(27);
  }

  @Test
  void jsonParsesBackAndItsTotalsAgreeWithTheEngines() throws IOException {
    String json = render(en, Format.JSON);
    ObjectMapper mapper = new ObjectMapper();
    assertThat(mapper.readValue(json, ReportData.class)).isEqualTo(en);
    JsonNode root = mapper.readTree(json);
    assertThat(root.fieldNames()).toIterable()
        .containsExactly("report", "language", "asOf", "seed", "size", "coverage", "building",
            "appointments", "recommendation", "assessment", "network");

    BuildingReport building = BuildingEngine.of(Policy.national()).evaluate(city, AS_OF);
    JsonNode total = root.path("coverage").path("total");
    assertThat(total.path("enterprises").asLong()).isEqualTo(SIZE);
    assertThat(total.path("inScope").asLong()).isEqualTo(building.totals().inScopeEnterprises());
    assertThat(total.path("party").asLong())
        .isEqualTo(building.totals().inScopeEnterprises() - building.totals().enterprises(PartyCoverage.NONE));
    long regions = 0;
    for (JsonNode r : root.path("coverage").path("regions")) {
      regions += r.path("inScope").asLong();
    }
    assertThat(regions).isEqualTo(building.totals().inScopeEnterprises());
    long actions = 0;
    for (JsonNode a : root.path("building").path("actions")) {
      actions += a.path("count").asLong();
    }
    assertThat(actions).isEqualTo(building.actions().size());
    assertThat(root.path("building").path("jointBranches").path("proposals").asLong())
        .isEqualTo(building.jointBranchProposals().size());

    CityRecords records = CityRecords.of(city, AS_OF, SEED);
    assertThat(root.path("recommendation").path("developments").asLong())
        .isEqualTo(records.developmentRegister().developments().size());
    CycleReport cycle = TargetEngine.of(Policy.national()).evaluate(records.workCycle(), AS_OF);
    long graded = 0;
    for (JsonNode g : root.path("assessment").path("grades")) {
      graded += g.path("count").asLong();
    }
    assertThat(graded).isEqualTo(cycle.units().size()).isEqualTo(root.path("assessment").path("units").asLong());
    assertThat(root.path("assessment").path("commended").size()).isEqualTo(cycle.commended().size());
    assertThat(root.path("assessment").path("commended").get(0).path("unit").asText())
        .isEqualTo(cycle.commended().get(0).value());
  }

  @Test
  void htmlIsSelfContainedEscapedAndBalanced() {
    for (ReportData data : List.of(en, zh)) {
      String html = render(data, Format.HTML);
      assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
      assertThat(html.toLowerCase(Locale.ROOT))
          .doesNotContain("http:", "https:", "<script", "<link", "src=", "url(", "@import");
      assertThat(html).contains("<svg", "<style>");
      assertThat(count(html, "<svg")).isEqualTo(3);
      assertBalanced(html);
      assertWellFormedXml(html);
    }
  }

  @Test
  void chartLabelsFitLeftOfTheirAnchor() {
    java.util.regex.Pattern endAnchored =
        java.util.regex.Pattern.compile(
            "<text x=\"([0-9.]+)\" y=\"[0-9.]+\" text-anchor=\"end\">([^<]*)</text>");
    for (ReportData data : List.of(en, zh)) {
      java.util.regex.Matcher m = endAnchored.matcher(render(data, Format.HTML));
      int labels = 0;
      while (m.find()) {
        // at the charts' 12px font a wide (CJK) character takes about 12px, any other about 7px
        int estimate = m.group(2).codePoints().map(c -> c >= 0x2E80 ? 12 : 7).sum();
        assertThat(Double.parseDouble(m.group(1))).as(m.group(2)).isGreaterThanOrEqualTo(estimate);
        labels++;
      }
      assertThat(labels).as("labels of the coverage bars and the funnel").isGreaterThan(10);
    }
  }

  private static void assertWellFormedXml(String html) {
    try {
      javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
      factory.setExpandEntityReferences(false);
      org.w3c.dom.Document document =
          factory.newDocumentBuilder()
              .parse(new org.xml.sax.InputSource(new java.io.StringReader(html.replace("<!DOCTYPE html>", ""))));
      assertThat(document.getDocumentElement().getTagName()).isEqualTo("html");
      assertThat(document.getElementsByTagName("section").getLength()).isEqualTo(6);
      assertThat(document.getElementsByTagName("svg").getLength()).isEqualTo(3);
    } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException | IOException e) {
      throw new AssertionError("the page is not well-formed: " + e.getMessage(), e);
    }
  }

  @Test
  void htmlEscapesText() {
    String escaped = Format.HTML.render(
        new ReportData("<b>\"A&B\"</b>", en.language(), en.asOf(), en.seed(), en.size(), en.coverage(),
            en.building(), en.appointments(), en.recommendation(), en.assessment(), en.network()),
        ReportTexts.of(Locale.ENGLISH));
    assertThat(escaped).contains("&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;").doesNotContain("<b>");
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>");
  private static final Set<String> VOID = Set.of("meta", "br", "hr", "img", "input", "col", "wbr");

  private static void assertBalanced(String html) {
    Deque<String> open = new ArrayDeque<>();
    Matcher m = TAG.matcher(html);
    while (m.find()) {
      String name = m.group(2).toLowerCase(Locale.ROOT);
      if (VOID.contains(name) || !m.group(3).isEmpty()) {
        continue;
      }
      if (m.group(1).isEmpty()) {
        open.push(name);
      } else {
        assertThat(open).as("closing </%s> at %d", name, m.start()).isNotEmpty();
        assertThat(open.pop()).as("closing </%s> at %d", name, m.start()).isEqualTo(name);
      }
    }
    assertThat(open).as("unclosed elements").isEmpty();
  }

  @Test
  void bothBundlesHaveTheSameKeys() throws IOException {
    Properties english = load("messages.properties");
    Properties chinese = load("messages_zh.properties");
    assertThat(english).isNotEmpty();
    assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    assertThat(chinese.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    assertThat(english.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        CityReportFormatsTest.class.getResourceAsStream("/org/dangong/examples/report/" + name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
