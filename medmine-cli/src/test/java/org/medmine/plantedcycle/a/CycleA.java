package org.medmine.plantedcycle.a;

import org.medmine.plantedcycle.b.CycleB;

/** A planted violation (test fixture): one half of a package cycle. */
public final class CycleA {
  CycleB b;
}
