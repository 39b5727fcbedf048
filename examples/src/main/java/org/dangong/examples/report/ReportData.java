package org.dangong.examples.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * The city report as plain data: what every format renders, and exactly what the JSON format
 * writes. The structure is stable: fields appear in the order declared here, lists in the order
 * documented on each field, and every {@code key} is a language-independent code (a region id, an
 * enum constant's name, a unit id) beside a {@code label} in the report's language.
 *
 * @param report the report's title in its language
 * @param language the language of the labels, {@code zh} or {@code en}
 * @param asOf the date the report is made as of, ISO-8601
 * @param seed the seed of the synthetic city and its records
 * @param size the number of enterprises of the synthetic city
 * @param coverage party and union coverage by county-level region
 * @param building organisations needed, building actions and proposed joint branches
 * @param appointments cross-appointment candidates and the appointment audit
 * @param recommendation the dual-recommendation pipeline and overdue obligations
 * @param assessment the joint assessment of the work cycle and the commendation list
 * @param network the network indicators
 */
public record ReportData(
    String report,
    String language,
    String asOf,
    long seed,
    int size,
    Coverage coverage,
    Building building,
    Appointments appointments,
    Recommendation recommendation,
    JointAssessment assessment,
    Network network) {

  /**
   * A count with its code and label.
   *
   * @param key the code, such as an enum constant's name
   * @param label the label in the report's language
   * @param count the count
   */
  public record Count(String key, String label, long count) {}

  /**
   * A share: a part of a whole and its percentage.
   *
   * @param key the code
   * @param label the label in the report's language
   * @param part the part
   * @param whole the whole
   * @param percent the percentage with one decimal, 0 when the whole is 0
   */
  public record Share(String key, String label, long part, long whole, BigDecimal percent) {}

  /**
   * Coverage of one region's non-public enterprises (in scope: operating or restructuring).
   *
   * @param region the region's id, or {@code TOTAL} for the city total
   * @param name the region's name
   * @param level the region's level in the report's language
   * @param enterprises every enterprise of the region, of any ownership
   * @param inScope the non-public enterprises in scope of building
   * @param party those covered by a party organisation
   * @param union those covered by a union
   * @param both those covered by both
   * @param partyRate party coverage in percent
   * @param unionRate union coverage in percent
   * @param bothRate coverage by both in percent
   */
  public record RegionCoverage(
      String region,
      String name,
      String level,
      long enterprises,
      long inScope,
      long party,
      long union,
      long both,
      BigDecimal partyRate,
      BigDecimal unionRate,
      BigDecimal bothRate) {}

  /**
   * The coverage section.
   *
   * @param regions the county-level regions in id order, then the city's own enterprises if any
   * @param total the city total
   * @param people the people the city knows
   * @param partyMembers of whom party members
   * @param partyOrganizations the party organisations
   * @param unionOrganizations the union organisations
   */
  public record Coverage(
      List<RegionCoverage> regions,
      RegionCoverage total,
      long people,
      long partyMembers,
      long partyOrganizations,
      long unionOrganizations) {}

  /**
   * Proposed joint branches (BRANCH-REG Art. 5).
   *
   * @param proposals the proposals
   * @param units the enterprises they group
   * @param formable the proposals that reach three full members
   * @param shortfall the full members missing over the proposals that do not
   * @param byBasis the proposals by grouping basis, in enum order
   */
  public record JointBranches(
      long proposals, long units, long formable, long shortfall, List<Count> byBasis) {}

  /**
   * The building section.
   *
   * @param organisationsNeeded in-scope enterprises by organisation still needed, in a fixed order
   * @param actions building actions by kind, in enum order
   * @param jointBranches the proposed joint branches
   */
  public record Building(
      List<Count> organisationsNeeded, List<Count> actions, JointBranches jointBranches) {}

  /**
   * The appointment section.
   *
   * @param crossAppointment enterprises with both organisations and their cross-appointment
   *     figures, in a fixed order
   * @param breachesByBar sitting post holders a bar excludes, by bar in enum order
   * @param audit the audit's findings by kind, in a fixed order
   */
  public record Appointments(
      List<Count> crossAppointment, List<Count> breachesByBar, List<Count> audit) {}

  /**
   * One milestone of the membership-development pipeline.
   *
   * @param key the stage's name
   * @param label the stage in the report's language
   * @param all the people of the cohort who reached it
   * @param union of whom recommended by the union (推优)
   * @param member of whom recommended by party members
   */
  public record Milestone(String key, String label, long all, long union, long member) {}

  /**
   * The recommendation section: the register of membership development and the chair
   * candidacies.
   *
   * @param from the first day of the period the cohort applied in
   * @param until the first day after it
   * @param developments the developments in the register
   * @param pipeline the milestones in order, for the applications of the period
   * @param activists activists determined in the period, by channel in enum order
   * @param unionNominations union nominations (推优) in the period
   * @param stages developments by current stage, in enum order, stages with none left out
   * @param openObligations obligations open on the date
   * @param overdueObligations of which overdue
   * @param overdueByKind overdue obligations by kind in enum order, kinds with none left out
   * @param longestOverdueDays the longest overdue, in days
   * @param candidacies chair candidacies (DUAL-REC-1) by stage in enum order, stages with none
   *     left out
   * @param candidacyObligationsOverdue overdue obligations of the candidacies
   */
  public record Recommendation(
      String from,
      String until,
      long developments,
      List<Milestone> pipeline,
      List<Count> activists,
      long unionNominations,
      List<Count> stages,
      long openObligations,
      long overdueObligations,
      List<Count> overdueByKind,
      long longestOverdueDays,
      List<Count> candidacies,
      long candidacyObligationsOverdue) {}

  /**
   * A commended unit.
   *
   * @param rank its rank
   * @param unit the unit's id
   * @param name the unit's name
   * @param category the unit's category
   * @param score the combined score
   * @param grade the grade in the report's language
   */
  public record Commended(
      int rank, String unit, String name, String category, BigDecimal score, String grade) {}

  /**
   * The joint assessment section (JOINT-DEPLOY).
   *
   * @param cycle the work cycle's name
   * @param units the units of the cycle
   * @param assessed the units assessed
   * @param grades units by grade from excellent to fail, then {@code NONE} for those without
   * @param inspectedOnOneSideOnly units inspected on one side only
   * @param commended the commendation list, by rank
   */
  public record JointAssessment(
      String cycle,
      long units,
      long assessed,
      List<Count> grades,
      long inspectedOnOneSideOnly,
      List<Commended> commended) {}

  /**
   * The network section.
   *
   * @param indicators the indicators, in a fixed order
   */
  public record Network(List<Share> indicators) {}
}
