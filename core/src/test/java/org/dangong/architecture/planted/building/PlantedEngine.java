package org.dangong.architecture.planted.building;

import org.dangong.architecture.planted.appointment.PlantedOtherEngine;
import org.dangong.architecture.planted.model.PlantedValue;

/** An engine that uses another engine and the model. */
public final class PlantedEngine {
  /**
   * Uses the model (allowed) and another engine (not allowed).
   *
   * @param value a value
   * @param other another engine
   * @return a number
   */
  public int evaluate(PlantedValue value, PlantedOtherEngine other) {
    return value.hashCode() + other.hashCode();
  }
}
