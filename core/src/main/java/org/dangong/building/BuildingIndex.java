package org.dangong.building;

import com.google.common.collect.ImmutableListMultimap;
import org.dangong.model.ClusterId;
import org.dangong.model.Jurisdiction;
import org.dangong.model.PartyForm;
import org.dangong.model.PartyOrganization;
import org.dangong.model.RegionId;
import org.dangong.model.UnionForm;
import org.dangong.model.UnionOrganization;

/**
 * The indexes the engine needs beyond the jurisdiction's own, built in one pass over the
 * organisations: the party organisations and union federations of each cluster, the working
 * committees and town unions of each region. Each list is in organisation id order.
 */
final class BuildingIndex {
  final ImmutableListMultimap<ClusterId, PartyOrganization> clusterParty;
  final ImmutableListMultimap<ClusterId, UnionOrganization> clusterFederations;
  final ImmutableListMultimap<RegionId, PartyOrganization> workingCommittees;
  final ImmutableListMultimap<RegionId, UnionOrganization> townUnions;

  private BuildingIndex(Jurisdiction j) {
    ImmutableListMultimap.Builder<ClusterId, PartyOrganization> party =
        ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<RegionId, PartyOrganization> committees =
        ImmutableListMultimap.builder();
    for (PartyOrganization o : j.partyOrganizations()) {
      if (o.form() == PartyForm.NON_PUBLIC_WORKING_COMMITTEE) {
        committees.put(o.region(), o);
      } else {
        o.cluster().ifPresent(c -> party.put(c, o));
      }
    }
    ImmutableListMultimap.Builder<ClusterId, UnionOrganization> federations =
        ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<RegionId, UnionOrganization> towns =
        ImmutableListMultimap.builder();
    for (UnionOrganization o : j.unionOrganizations()) {
      if (o.form() == UnionForm.FEDERATION) {
        o.cluster().ifPresent(c -> federations.put(c, o));
      } else if (o.form() == UnionForm.TOWN_UNION) {
        towns.put(o.region(), o);
      }
    }
    this.clusterParty = party.build();
    this.clusterFederations = federations.build();
    this.workingCommittees = committees.build();
    this.townUnions = towns.build();
  }

  static BuildingIndex of(Jurisdiction j) {
    return new BuildingIndex(j);
  }
}
