package org.medmine;

import java.nio.file.Path;
import org.medmine.synthea.SyntheaPopulation;

/**
 * The Synthea populations the tests share: generated once per build (fixed seeds) under {@code
 * target/test-cache} of the build's root, and reused by every test that needs one.
 */
public final class TestPopulations {
  private TestPopulations() {}

  /** The folder the populations are cached in. */
  public static Path cacheDir() {
    return Path.of(System.getProperty("medmine.test.cache", "target/test-cache"));
  }

  /**
   * 20 living patients (and those who died along the way), seed 42: FHIR bundles and CSV of the
   * same people.
   */
  public static SyntheaPopulation small() {
    return SyntheaPopulation.cached(cacheDir(), 20, 42);
  }
}
