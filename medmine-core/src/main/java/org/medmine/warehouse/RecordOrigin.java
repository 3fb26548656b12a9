package org.medmine.warehouse;

/**
 * Where a source record came from: the file, and its position in it.
 *
 * @param file the file, as the user named it (or the folder they named, plus the path below it)
 * @param position the 0-based entry index in a bundle, the 1-based line in NDJSON or CSV, 0 for the
 *     whole file
 * @param positionKind {@code entry}, {@code line}, {@code row} or {@code file}
 */
public record RecordOrigin(String file, long position, String positionKind) {

  public static RecordOrigin wholeFile(String file) {
    return new RecordOrigin(file, 0, "file");
  }

  @Override
  public String toString() {
    return "file".equals(positionKind) ? file : file + " " + positionKind + " " + position;
  }
}
