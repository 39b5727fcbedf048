package org.dangong.architecture.planted;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A public API type whose signatures expose mutable collections and a generated class. */
public final class PlantedLeakyApi {
  /** A public mutable field. */
  public final List<String> names = new ArrayList<>();

  /**
   * Returns a mutable list.
   *
   * @return the list
   */
  public List<String> names() {
    return names;
  }

  /**
   * Takes a mutable map.
   *
   * @param values the map
   * @return its size
   */
  public int count(Map<String, Integer> values) {
    return values.size();
  }

  /**
   * Returns a generated implementation class.
   *
   * @return the value
   */
  public ImmutablePlanted planted() {
    return new ImmutablePlanted();
  }

  /** Stands for a generated {@code Immutable*} implementation class. */
  public static final class ImmutablePlanted {}
}
