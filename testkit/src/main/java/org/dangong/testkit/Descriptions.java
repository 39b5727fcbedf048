package org.dangong.testkit;

import java.util.Collection;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dangong.model.Assignment;
import org.dangong.model.Cluster;
import org.dangong.model.ClusterId;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseId;
import org.dangong.model.Nationality;
import org.dangong.model.PartyOrganization;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.model.Region;
import org.dangong.model.RegionId;
import org.dangong.model.UnionOrganization;

/**
 * One-line descriptions of model values for failure messages: the id and the attributes rules care
 * about. Names and party standing appear — these are for test output, never for logs.
 */
final class Descriptions {
  private Descriptions() {}

  static String region(Region r) {
    return "region " + r.id().value() + " " + r.name() + " " + r.level()
        + r.parent().map(p -> " parent=" + p.value()).orElse("");
  }

  static String cluster(Cluster c) {
    return "cluster " + c.id().value() + " " + c.name() + " " + c.kind() + " region=" + c.region().value();
  }

  static String enterprise(Enterprise e) {
    return "enterprise " + e.id().value() + " " + e.name() + " " + e.ownership() + " " + e.status()
        + " region=" + e.region().value()
        + (e.clusters().isEmpty() ? "" : " clusters=" + ids(e.clusters(), ClusterId::value))
        + " headcount=" + e.headcount() + " female=" + e.femaleHeadcount() + " founded=" + e.founded();
  }

  static String person(Person p) {
    StringBuilder s = new StringBuilder("person ").append(p.id().value()).append(' ').append(p.name());
    s.append(" born=").append(p.birthDate());
    if (p.nationality() != Nationality.CHINESE) {
      s.append(' ').append(p.nationality());
    }
    p.employment()
        .ifPresent(
            e -> s.append(" employer=").append(e.employer().value()).append(' ').append(e.roles()).append(" since=").append(e.since()));
    s.append(' ').append(p.partyStanding().stage());
    p.partyStanding().dateOf(p.partyStanding().stage()).ifPresent(d -> s.append(" since=").append(d));
    if (p.partyStanding().underDisciplinaryProbation()) {
      s.append(" 留党察看");
    }
    p.partyStanding().organization().ifPresent(o -> s.append(" relation=").append(o.value()));
    p.unionMembership().ifPresent(m -> s.append(" union=").append(m.union().value()).append(' ').append(m.status()));
    if (!p.closeRelatives().isEmpty()) {
      s.append(" relatives=").append(ids(p.closeRelatives(), PersonId::value));
    }
    if (!p.trainings().isEmpty()) {
      s.append(" trainings=")
          .append(p.trainings().stream().map(t -> t.kind() + "@" + t.date()).collect(Collectors.joining(",", "[", "]")));
    }
    return s.toString();
  }

  static String party(PartyOrganization o) {
    return "party " + o.id().value() + " " + o.name() + " " + o.form()
        + " covers=" + ids(o.coveredEnterprises(), EnterpriseId::value)
        + o.cluster().map(c -> " cluster=" + c.value()).orElse("")
        + " region=" + o.region().value()
        + o.parent().map(p -> " parent=" + p.value()).orElse("")
        + " secretary=" + o.secretary().map(PersonId::value).orElse("vacant")
        + o.secretaryVacantSince().map(d -> " since " + d).orElse("")
        + (o.deputySecretaries().isEmpty() ? "" : " deputies=" + ids(o.deputySecretaries(), PersonId::value))
        + (o.committeeMembers().isEmpty() ? "" : " committee=" + ids(o.committeeMembers(), PersonId::value))
        + " founded=" + o.founded() + " term=" + o.termStart() + "+" + o.termYears() + "y";
  }

  static String union(UnionOrganization o) {
    return "union " + o.id().value() + " " + o.name() + " " + o.form()
        + " covers=" + ids(o.coveredEnterprises(), EnterpriseId::value)
        + o.cluster().map(c -> " cluster=" + c.value()).orElse("")
        + " region=" + o.region().value()
        + o.parent().map(p -> " parent=" + p.value()).orElse("")
        + " chair=" + o.chair().map(PersonId::value).orElse("vacant")
        + o.chairVacantSince().map(d -> " since " + d).orElse("")
        + (o.chairHoldsDeputyRank() ? " deputy-rank" : "")
        + (o.fullTimeChair() ? " full-time" : "")
        + (o.viceChairs().isEmpty() ? "" : " vice=" + ids(o.viceChairs(), PersonId::value))
        + (o.committeeMembers().isEmpty() ? "" : " committee=" + ids(o.committeeMembers(), PersonId::value))
        + " women=" + o.womenWork()
        + " founded=" + o.founded() + " term=" + o.termStart() + "+" + o.termYears() + "y";
  }

  static String assignment(Assignment a) {
    return "assignment " + a.kind() + " " + a.person().value() + " -> "
        + a.enterprise().map(EnterpriseId::value).orElseGet(() -> a.region().map(RegionId::value).orElse(""))
        + " since=" + a.since();
  }

  private static <T> String ids(Collection<T> ids, Function<T, String> text) {
    return ids.stream().map(text).collect(Collectors.joining(",", "[", "]"));
  }
}
