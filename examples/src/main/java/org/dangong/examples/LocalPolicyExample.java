package org.dangong.examples;

import static org.dangong.examples.ExampleArgs.text;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dangong.building.BuildingEngine;
import org.dangong.building.BuildingReport;
import org.dangong.decision.Decision;
import org.dangong.decision.Labels;
import org.dangong.model.Employment;
import org.dangong.model.EmploymentRole;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseId;
import org.dangong.model.Jurisdiction;
import org.dangong.model.OrganizationId;
import org.dangong.model.Ownership;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.model.Region;
import org.dangong.model.RegionId;
import org.dangong.model.RegionLevel;
import org.dangong.model.UnionForm;
import org.dangong.model.UnionMembership;
import org.dangong.model.UnionOrganization;
import org.dangong.policy.Citation;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;
import org.dangong.policy.PolicyValue;
import org.dangong.policy.Source;

/**
 * A local policy variant: a city that requires a union committee from 20 members instead of the
 * national 25 (UNION-LAW Art. 11), from 1 January 2025. The same three enterprises are evaluated
 * under both policies, and only the decisions that differ are printed — before the local rule takes
 * effect there are none.
 *
 * <p>The local regulation cited here is made up for the example; a real city cites its own.
 *
 * <p>Run: {@code ./mvnw -q -pl examples -am compile exec:java
 * -Dexec.mainClass=org.dangong.examples.LocalPolicyExample [-Dexec.args="--lang en"]}.
 */
public final class LocalPolicyExample {
  static final LocalDate LOCAL_RULE_FROM = LocalDate.of(2025, 1, 1);
  static final LocalDate BEFORE = LocalDate.of(2024, 12, 31);
  static final LocalDate AFTER = LocalDate.of(2025, 6, 30);
  /** 30 union members: a committee under both policies. */
  static final EnterpriseId WEIDE = EnterpriseId.of("E-1");
  /** 22 union members with an organiser: enough under the national policy, not under the city's. */
  static final EnterpriseId HENGLI = EnterpriseId.of("E-2");
  /** 18 union members with an organiser: enough under both. */
  static final EnterpriseId YONGDING = EnterpriseId.of("E-3");

  private LocalPolicyExample() {}

  /**
   * Runs the example.
   *
   * @param args {@code [--lang zh|en]}
   */
  public static void main(String[] args) {
    run(System.out, ExampleArgs.locale(args));
  }

  /**
   * Evaluates the town under both policies on two dates and prints the decisions that differ.
   *
   * @param out where to print
   * @param locale the language of the decisions
   */
  static void run(PrintStream out, Locale locale) {
    Jurisdiction town = town();
    Policy city = cityPolicy();
    PolicyValue<Integer> threshold = city.entry(Parameters.UNION_COMMITTEE_MIN_MEMBERS, AFTER);
    out.println(threshold.value() + " (" + threshold.citation() + ")");
    for (LocalDate asOf : List.of(BEFORE, AFTER)) {
      List<Decision> changed = changedDecisions(town, city, asOf);
      out.println(
          "== " + asOf + text(locale, "：与全国政策不同的结论 ", ": decisions that differ from the national policy ")
              + changed.size());
      for (Decision decision : changed) {
        out.println(decision.render(locale));
      }
    }
  }

  /**
   * Returns the city's policy: the national one with a lower union committee threshold from 2025.
   *
   * @return the local policy
   */
  static Policy cityPolicy() {
    // GUIDE-BEGIN local-policy
    Citation cityRule =
        Citation.of(
                Source.LOCAL,
                "第8条",
                "会员二十人以上的企业，应当建立工会委员会。",
                LOCAL_RULE_FROM)
            .withNote("示例市基层工会组建办法（示例，非真实文件） / example only, not a real regulation");
    Policy city =
        Policy.national().toBuilder()
            .set(Parameters.UNION_COMMITTEE_MIN_MEMBERS, 20, cityRule, LOCAL_RULE_FROM)
            .build(); // validates the whole policy, naming every problem
    // GUIDE-END local-policy
    return city;
  }

  /**
   * Returns the decisions of the local policy whose verdict differs from the national policy's
   * decision of the same rule about the same subject, in the report's order.
   *
   * @param town the jurisdiction
   * @param city the local policy
   * @param asOf the date
   * @return the local decisions that differ
   */
  static List<Decision> changedDecisions(Jurisdiction town, Policy city, LocalDate asOf) {
    // GUIDE-BEGIN compare-policies
    BuildingReport national = BuildingEngine.of(Policy.national()).evaluate(town, asOf);
    BuildingReport local = BuildingEngine.of(city).evaluate(town, asOf);
    Map<String, Decision> nationalBySubject = new LinkedHashMap<>();
    for (Decision d : national.allDecisions()) {
      nationalBySubject.put(d.ruleId() + " " + d.subject(), d);
    }
    List<Decision> changed = new ArrayList<>();
    for (Decision d : local.allDecisions()) {
      Decision before = nationalBySubject.get(d.ruleId() + " " + d.subject());
      if (before == null || before.verdict() != d.verdict()) {
        changed.add(d);
      }
    }
    // GUIDE-END compare-policies
    return changed;
  }

  /**
   * Returns the town: three enterprises with 30, 22 and 18 union members; 伟德 has a union
   * committee, the other two an organiser (工会组织员).
   *
   * @return the jurisdiction
   */
  static Jurisdiction town() {
    RegionId town = RegionId.of("R-tongli");
    Jurisdiction.Builder j =
        Jurisdiction.builder()
            .addRegion(Region.builder().id(town).name("同里镇").level(RegionLevel.TOWN).build());
    addEnterprise(j, town, WEIDE, "伟德电子有限公司", 30, UnionForm.ENTERPRISE_COMMITTEE);
    addEnterprise(j, town, HENGLI, "恒力纺织有限公司", 22, UnionForm.ORGANIZER);
    addEnterprise(j, town, YONGDING, "永鼎五金有限公司", 18, UnionForm.ORGANIZER);
    return j.build(); // throws InvalidJurisdictionException listing every problem
  }

  // GUIDE-BEGIN snapshot
  private static void addEnterprise(
      Jurisdiction.Builder j,
      RegionId town,
      EnterpriseId id,
      String name,
      int members,
      UnionForm form) {
    OrganizationId union = OrganizationId.of("UO-" + id.value());
    j.addEnterprise(
        Enterprise.builder()
            .id(id)
            .name(name)
            .ownership(Ownership.PRIVATE)
            .region(town)
            .headcount(members)
            .femaleHeadcount(members / 3)
            .founded(LocalDate.of(2015, 3, 1))
            .build());
    for (int i = 1; i <= members; i++) {
      j.addPerson(
          Person.builder()
              .id(PersonId.of("P-" + id.value() + "-" + i))
              .name(name.substring(0, 2) + "职工" + i)
              .birthDate(LocalDate.of(1990, 1, 1))
              .employment(Employment.of(id, LocalDate.of(2016, 1, 1), EmploymentRole.STAFF))
              .unionMembership(UnionMembership.active(union, LocalDate.of(2016, 3, 1)))
              .build());
    }
    j.addUnionOrganization(
        UnionOrganization.builder()
            .id(union)
            .name(name + "工会")
            .form(form)
            .addCoveredEnterprises(id)
            .region(town)
            .chair(PersonId.of("P-" + id.value() + "-1"))
            .founded(LocalDate.of(2016, 3, 1))
            .termStart(LocalDate.of(2023, 3, 1))
            .termYears(5)
            .build());
  }
  // GUIDE-END snapshot
}
