package org.medmine.apps.plantedone;

import org.medmine.apps.plantedtwo.PlantedTwo;

/** A planted violation (test fixture): an app that reaches into another app. */
public final class PlantedOne {
  PlantedTwo other = new PlantedTwo();
}
