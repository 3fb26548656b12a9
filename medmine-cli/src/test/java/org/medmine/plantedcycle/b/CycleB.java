package org.medmine.plantedcycle.b;

import org.medmine.plantedcycle.a.CycleA;

/** A planted violation (test fixture): the other half of a package cycle. */
public final class CycleB {
  CycleA a;
}
