package org.dangong.architecture.planted.model;

import org.dangong.architecture.planted.building.PlantedEngine;

/** A model type that depends on an engine (and so makes a cycle with it): breaks two rules. */
public final class PlantedValue {
  /**
   * Asks an engine, which a value must never do.
   *
   * @param engine the engine
   * @return a number
   */
  public int size(PlantedEngine engine) {
    return engine.hashCode();
  }
}
