package org.medmine.apps.plantedtwo;

/** The app {@code PlantedOne} reaches into (test fixture). */
public final class PlantedTwo {}
