package org.dangong.examples.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dangong.examples.report.ReportData.Count;
import org.dangong.examples.report.ReportData.Milestone;
import org.dangong.examples.report.ReportData.RegionCoverage;

/**
 * The report laid out for reading: a title, a few header lines and sections of paragraphs and
 * tables, in the report's language. The text, Markdown and HTML formats render this layout; the
 * JSON format writes {@link ReportData} itself.
 *
 * @param title the title
 * @param header the lines under the title
 * @param sections the sections, in order
 */
public record ReportDocument(String title, List<String> header, List<Section> sections) {
  /** How many commended units the readable formats list; JSON lists them all. */
  public static final int COMMENDED_SHOWN = 20;

  /** A block of a section: a paragraph or a table. */
  public sealed interface Block permits Paragraph, Table {}

  /**
   * A paragraph of text.
   *
   * @param text the text
   */
  public record Paragraph(String text) implements Block {}

  /**
   * A table; columns from {@code numericFrom} on hold numbers and are right-aligned.
   *
   * @param caption the caption, may be empty
   * @param header the column headings
   * @param rows the rows, each as long as the header
   * @param numericFrom the first numeric column
   */
  public record Table(String caption, List<String> header, List<List<String>> rows, int numericFrom)
      implements Block {}

  /**
   * A section.
   *
   * @param id a stable identifier, such as {@code coverage}
   * @param title the heading
   * @param blocks the paragraphs and tables
   */
  public record Section(String id, String title, List<Block> blocks) {}

  /**
   * Lays out a report.
   *
   * @param data the report
   * @param texts the texts of its language
   * @return the layout
   */
  public static ReportDocument of(ReportData data, ReportTexts texts) {
    List<String> header =
        List.of(
            texts.text("header.asOf") + data.asOf(),
            texts.text("header.seed") + data.seed() + texts.text("header.size") + number(data.size()),
            texts.text("header.note"));
    List<Section> sections =
        List.of(
            coverage(data.coverage(), texts),
            building(data.building(), texts),
            appointments(data.appointments(), texts),
            recommendation(data.recommendation(), texts),
            assessment(data.assessment(), texts),
            network(data.network(), texts));
    return new ReportDocument(data.report(), header, sections);
  }

  /**
   * Formats a whole number with thousands separators.
   *
   * @param n the number
   * @return the text, such as {@code 12,345}
   */
  public static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /**
   * Formats a percentage.
   *
   * @param percent the percentage
   * @return the text, such as {@code 78.7%}
   */
  public static String percent(BigDecimal percent) {
    return percent.toPlainString() + "%";
  }

  private static Section coverage(ReportData.Coverage c, ReportTexts t) {
    List<List<String>> rows = new ArrayList<>();
    for (RegionCoverage r : c.regions()) {
      rows.add(coverageRow(r));
    }
    rows.add(coverageRow(c.total()));
    Table table =
        new Table(
            "",
            List.of(
                t.text("coverage.region"),
                t.text("coverage.level"),
                t.text("coverage.enterprises"),
                t.text("coverage.inScope"),
                t.text("coverage.party"),
                t.text("coverage.union"),
                t.text("coverage.both"),
                t.text("coverage.partyRate"),
                t.text("coverage.unionRate"),
                t.text("coverage.bothRate")),
            rows,
            2);
    Table totals =
        counts(
            t.text("coverage.organisations"),
            t,
            List.of(
                new Count("PEOPLE", t.text("coverage.people"), c.people()),
                new Count("PARTY_MEMBERS", t.text("coverage.partyMembers"), c.partyMembers()),
                new Count("PARTY_ORGANIZATIONS", t.text("coverage.partyOrganizations"), c.partyOrganizations()),
                new Count("UNION_ORGANIZATIONS", t.text("coverage.unionOrganizations"), c.unionOrganizations())));
    return new Section(
        "coverage",
        t.text("section.coverage"),
        List.of(new Paragraph(t.text("coverage.note")), table, totals));
  }

  private static List<String> coverageRow(RegionCoverage r) {
    return List.of(
        r.name(),
        r.level(),
        number(r.enterprises()),
        number(r.inScope()),
        number(r.party()),
        number(r.union()),
        number(r.both()),
        percent(r.partyRate()),
        percent(r.unionRate()),
        percent(r.bothRate()));
  }

  private static Table counts(String caption, ReportTexts t, List<Count> counts) {
    List<List<String>> rows = new ArrayList<>();
    for (Count c : counts) {
      rows.add(List.of(c.label(), number(c.count())));
    }
    return new Table(caption, List.of(t.text("column.item"), t.text("column.count")), rows, 1);
  }

  private static Section building(ReportData.Building b, ReportTexts t) {
    ReportData.JointBranches j = b.jointBranches();
    List<Count> joint = new ArrayList<>();
    joint.add(new Count("PROPOSALS", t.text("joint.proposals"), j.proposals()));
    joint.add(new Count("UNITS", t.text("joint.units"), j.units()));
    joint.add(new Count("FORMABLE", t.text("joint.formable"), j.formable()));
    joint.add(new Count("SHORTFALL", t.text("joint.shortfall"), j.shortfall()));
    joint.addAll(j.byBasis());
    return new Section(
        "building",
        t.text("section.building"),
        List.of(
            counts(t.text("building.needed"), t, b.organisationsNeeded()),
            counts(t.text("building.actions"), t, b.actions()),
            counts(t.text("building.joint"), t, joint)));
  }

  private static Section appointments(ReportData.Appointments a, ReportTexts t) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(counts(t.text("appointments.cross"), t, a.crossAppointment()));
    blocks.add(counts(t.text("appointments.audit"), t, a.audit()));
    if (a.breachesByBar().isEmpty()) {
      blocks.add(new Paragraph(t.text("appointments.noBreaches")));
    } else {
      blocks.add(counts(t.text("appointments.breaches"), t, a.breachesByBar()));
    }
    return new Section("appointments", t.text("section.appointments"), blocks);
  }

  private static Section recommendation(ReportData.Recommendation r, ReportTexts t) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Paragraph(
            t.text("recommendation.period")
                + r.from()
                + " – "
                + r.until()
                + t.text("recommendation.developments")
                + number(r.developments())));
    List<List<String>> rows = new ArrayList<>();
    long previous = -1;
    for (Milestone m : r.pipeline()) {
      rows.add(
          List.of(
              m.label(),
              number(m.all()),
              number(m.union()),
              number(m.member()),
              previous < 0 ? "" : percent(ReportBuilder.percent(m.all(), previous))));
      previous = m.all();
    }
    blocks.add(
        new Table(
            t.text("recommendation.pipeline"),
            List.of(
                t.text("recommendation.milestone"),
                t.text("recommendation.all"),
                t.text("recommendation.union"),
                t.text("recommendation.member"),
                t.text("recommendation.stepRate")),
            rows,
            1));
    List<Count> activists = new ArrayList<>(r.activists());
    activists.add(new Count("UNION_NOMINATIONS", t.text("recommendation.nominations"), r.unionNominations()));
    blocks.add(counts(t.text("recommendation.activists"), t, activists));
    blocks.add(counts(t.text("recommendation.stages"), t, r.stages()));
    List<Count> obligations = new ArrayList<>();
    obligations.add(new Count("OPEN", t.text("recommendation.open"), r.openObligations()));
    obligations.add(new Count("OVERDUE", t.text("recommendation.overdue"), r.overdueObligations()));
    obligations.add(new Count("LONGEST_DAYS", t.text("recommendation.longest"), r.longestOverdueDays()));
    blocks.add(counts(t.text("recommendation.obligations"), t, obligations));
    if (!r.overdueByKind().isEmpty()) {
      blocks.add(counts(t.text("recommendation.overdueByKind"), t, r.overdueByKind()));
    }
    List<Count> candidacies = new ArrayList<>(r.candidacies());
    candidacies.add(
        new Count("OVERDUE", t.text("recommendation.candidacyOverdue"), r.candidacyObligationsOverdue()));
    blocks.add(counts(t.text("recommendation.candidacies"), t, candidacies));
    return new Section("recommendation", t.text("section.recommendation"), blocks);
  }

  private static Section assessment(ReportData.JointAssessment a, ReportTexts t) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        counts(
            t.text("assessment.cycle") + a.cycle(),
            t,
            List.of(
                new Count("UNITS", t.text("assessment.units"), a.units()),
                new Count("ASSESSED", t.text("assessment.assessed"), a.assessed()),
                new Count("ONE_SIDE", t.text("assessment.oneSide"), a.inspectedOnOneSideOnly()),
                new Count("COMMENDED", t.text("assessment.commendedCount"), a.commended().size()))));
    blocks.add(counts(t.text("assessment.grades"), t, a.grades()));
    List<List<String>> rows = new ArrayList<>();
    for (ReportData.Commended c : a.commended().subList(0, Math.min(COMMENDED_SHOWN, a.commended().size()))) {
      rows.add(
          List.of(
              String.valueOf(c.rank()),
              c.name(),
              c.category(),
              c.grade(),
              c.score().toPlainString()));
    }
    if (rows.isEmpty()) {
      blocks.add(new Paragraph(t.text("assessment.noneCommended")));
    } else {
      blocks.add(
          new Table(
              t.text("assessment.commended"),
              List.of(
                  t.text("assessment.rank"),
                  t.text("assessment.unit"),
                  t.text("assessment.category"),
                  t.text("assessment.grade"),
                  t.text("assessment.score")),
              rows,
              4));
      if (a.commended().size() > COMMENDED_SHOWN) {
        blocks.add(
            new Paragraph(
                String.format(
                    Locale.ROOT,
                    t.text("assessment.more"),
                    number(a.commended().size() - COMMENDED_SHOWN))));
      }
    }
    return new Section("assessment", t.text("section.assessment"), blocks);
  }

  private static Section network(ReportData.Network n, ReportTexts t) {
    List<List<String>> rows = new ArrayList<>();
    for (ReportData.Share s : n.indicators()) {
      rows.add(List.of(s.label(), number(s.part()), number(s.whole()), percent(s.percent())));
    }
    return new Section(
        "network",
        t.text("section.network"),
        List.of(
            new Table(
                "",
                List.of(
                    t.text("column.indicator"),
                    t.text("column.part"),
                    t.text("column.whole"),
                    t.text("column.percent")),
                rows,
                1)));
  }
}
