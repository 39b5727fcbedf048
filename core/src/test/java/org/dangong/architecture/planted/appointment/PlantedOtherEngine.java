package org.dangong.architecture.planted.appointment;

/** Another engine, used by {@code PlantedEngine} against the rules. */
public final class PlantedOtherEngine {}
