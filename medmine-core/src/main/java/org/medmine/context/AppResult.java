package org.medmine.context;

import org.medmine.report.ReportSection;

/**
 * What an {@link App} returns: a record that carries its {@link RunProvenance} and renders itself for people
 * ({@link #toText()}), for scripts ({@link #toJson()}, the stable document of {@code --format json}) and for the
 * HTML report ({@link #toSection()}).
 */
public interface AppResult {
  /** Where the result came from: app, options, seed, warehouse, consent exclusions, version, time. */
  RunProvenance provenance();

  /** The JSON document (maps, lists, records and scalars that {@link ResultJson} writes). */
  Object toJson();

  /** The result for people: a few lines or tables for the console. */
  String toText();

  /** The result's section of an HTML report. */
  ReportSection toSection();
}
