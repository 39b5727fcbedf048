package org.dangong.architecture.planted.building;

/** Stands for the building engine's public required-forms API, which restructuring may use. */
public final class RequiredForms {
  private RequiredForms() {}

  /**
   * A stand-in.
   *
   * @return a number
   */
  public static int of() {
    return 1;
  }
}
