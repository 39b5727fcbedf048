package org.dangong.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import org.dangong.model.Employment;
import org.dangong.model.EmploymentRole;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseId;
import org.dangong.model.Jurisdiction;
import org.dangong.model.Ownership;
import org.dangong.model.PartyStanding;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.model.Region;
import org.dangong.model.RegionId;
import org.dangong.model.RegionLevel;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;
import org.dangong.policy.PolicyValue;

/** The README's quick start, compiled and run by a test so that the README cannot drift. */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the quick start, printing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    // README-BEGIN
    RegionId town = RegionId.of("R-tongli");
    EnterpriseId weide = EnterpriseId.of("E-1");
    Jurisdiction jurisdiction =
        Jurisdiction.builder()
            .addRegion(Region.builder().id(town).name("同里镇").level(RegionLevel.TOWN).build())
            .addEnterprise(
                Enterprise.builder()
                    .id(weide)
                    .name("伟德电子有限公司")
                    .ownership(Ownership.FOREIGN_INVESTED)
                    .region(town)
                    .headcount(320)
                    .femaleHeadcount(140)
                    .founded(LocalDate.of(2004, 5, 1))
                    .build())
            .addPerson(
                Person.builder()
                    .id(PersonId.of("P-1"))
                    .name("李明")
                    .birthDate(LocalDate.of(1975, 3, 1))
                    .employment(Employment.of(weide, LocalDate.of(2010, 1, 1), EmploymentRole.STAFF))
                    .partyStanding(PartyStanding.fullMember(LocalDate.of(2000, 7, 1)))
                    .build())
            .build(); // throws InvalidJurisdictionException listing every problem

    long fullMembers =
        jurisdiction.employees(weide).stream().filter(Person::isFullPartyMember).count();
    PolicyValue<Integer> threshold =
        Policy.national().entry(Parameters.BRANCH_MIN_FULL_MEMBERS, LocalDate.of(2026, 6, 30));
    out.printf(
        "%d full member(s); a branch needs %d (%s)%n",
        fullMembers, threshold.value(), threshold.citation());
    // README-END
  }
}
