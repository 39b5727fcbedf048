package org.dangong.benchmarks.drl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dangong.benchmarks.Thresholds;
import org.dangong.benchmarks.drl.Facts.ClusterMember;
import org.dangong.benchmarks.drl.Facts.Federation;
import org.dangong.benchmarks.drl.Facts.Firm;
import org.dangong.benchmarks.drl.Facts.Limits;
import org.dangong.benchmarks.drl.Facts.PartyLink;
import org.dangong.benchmarks.drl.Facts.Staff;
import org.dangong.benchmarks.drl.Facts.UnionLink;
import org.dangong.model.ClusterId;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseStatus;
import org.dangong.model.Jurisdiction;
import org.dangong.model.MembershipStatus;
import org.dangong.model.PartyOrganization;
import org.dangong.model.PartyStage;
import org.dangong.model.Person;
import org.dangong.model.UnionForm;
import org.dangong.model.UnionOrganization;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.utils.KieHelper;

/**
 * The Drools baseline: the building rules of {@code building.drl}, compiled once as classic DRL, run
 * over the facts of a jurisdiction (firms, staff, covering organisations, building areas and their
 * federations) in a fresh session per evaluation.
 */
public final class DroolsBuilding {
  private final KieBase base;
  private final Limits limits;
  private final List<Firm> firms = new ArrayList<>();
  private final List<Object> facts = new ArrayList<>();

  private DroolsBuilding(Jurisdiction j, Thresholds t) {
    this.base = compile();
    this.limits = new Limits(t);
    List<Enterprise> sorted = new ArrayList<>();
    for (Enterprise e : j.enterprises()) {
      if (e.isNonPublic()) {
        sorted.add(e);
      }
    }
    sorted.sort(Comparator.comparing(Enterprise::id));
    Map<ClusterId, Integer> clusterIndex = new HashMap<>();
    for (int i = 0; i < j.clusters().size(); i++) {
      clusterIndex.put(j.clusters().get(i).id(), i);
    }
    for (UnionOrganization u : j.unionOrganizations()) {
      if (u.form() == UnionForm.FEDERATION && u.cluster().isPresent()) {
        facts.add(new Federation(Objects.requireNonNull(clusterIndex.get(u.cluster().get()))));
      }
    }
    for (int i = 0; i < sorted.size(); i++) {
      Enterprise e = sorted.get(i);
      firms.add(
          new Firm(i, e.status() == EnterpriseStatus.CLOSED, e.headcount(), e.femaleHeadcount()));
      for (Person p : j.employees(e.id())) {
        PartyStage stage = p.partyStanding().stage();
        facts.add(
            new Staff(
                i,
                stage == PartyStage.FULL,
                stage == PartyStage.PROBATIONARY,
                p.unionMembership().map(m -> m.status() == MembershipStatus.ACTIVE).orElse(false)));
      }
      for (PartyOrganization o : j.partyOrganizationsCovering(e.id())) {
        facts.add(new PartyLink(i, o.form().ordinal(), o.coveredEnterprises().size()));
      }
      for (UnionOrganization o : j.unionOrganizationsCovering(e.id())) {
        facts.add(new UnionLink(i, o.form().ordinal()));
      }
      for (ClusterId c : e.clusters()) {
        facts.add(new ClusterMember(i, Objects.requireNonNull(clusterIndex.get(c))));
      }
    }
  }

  /**
   * Compiles the rules and copies the facts out of a jurisdiction.
   *
   * @param j the jurisdiction
   * @param t the thresholds
   * @return the baseline, ready to run
   */
  public static DroolsBuilding of(Jurisdiction j, Thresholds t) {
    return new DroolsBuilding(j, t);
  }

  /**
   * Compiles {@code building.drl} (classic DRL, no executable model).
   *
   * @return the knowledge base
   */
  public static KieBase compile() {
    String drl;
    try (InputStream in =
        DroolsBuilding.class.getResourceAsStream("/org/dangong/benchmarks/drl/building.drl")) {
      drl = new String(Objects.requireNonNull(in, "building.drl").readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new KieHelper().addContent(drl, ResourceType.DRL).build();
  }

  /**
   * Returns the number of facts inserted per run, firms included.
   *
   * @return the count
   */
  public int factCount() {
    return facts.size() + firms.size() + 1;
  }

  /**
   * Inserts every fact into a new session, fires the rules and reads the classifications.
   *
   * @return one packed classification per non-public enterprise, in id order
   */
  public int[] classify() {
    KieSession session = base.newKieSession();
    try {
      session.insert(limits);
      for (Firm f : firms) {
        f.reset();
        session.insert(f);
      }
      for (Object fact : facts) {
        session.insert(fact);
      }
      session.fireAllRules();
    } finally {
      session.dispose();
    }
    int[] out = new int[firms.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = firms.get(i).classification();
    }
    return out;
  }
}
