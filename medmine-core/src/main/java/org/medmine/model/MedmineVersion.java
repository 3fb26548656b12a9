package org.medmine.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * medmine's version, as the build wrote it into {@code medmine-version.properties} (the POM's
 * {@code project.version}, with any {@code -SNAPSHOT} suffix dropped). Every report, provenance
 * record, audit entry and {@code --version} reads it here, so the version is written in one place:
 * the POM.
 */
public final class MedmineVersion {
  private static final String VERSION = load();

  private MedmineVersion() {}

  /** The version, e.g. {@code 0.1.0}. */
  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = MedmineVersion.class.getResourceAsStream("medmine-version.properties")) {
      if (in == null) {
        throw new IllegalStateException(
            "medmine-version.properties is missing from the class path: rebuild medmine");
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "");
      if (v.isBlank() || v.contains("${")) {
        throw new IllegalStateException(
            "medmine-version.properties was not filtered by the build: rebuild medmine");
      }
      return v.replace("-SNAPSHOT", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
