package org.dangong.architecture.planted.restructuring;

import org.dangong.architecture.planted.building.PlantedEngine;
import org.dangong.architecture.planted.building.RequiredForms;

/** Uses the building engine's allowed API and, against the rules, another of its classes. */
public final class PlantedPlanner {
  /**
   * Plans.
   *
   * @param engine the building engine
   * @return a number
   */
  public int plan(PlantedEngine engine) {
    return RequiredForms.of() + engine.hashCode();
  }
}
