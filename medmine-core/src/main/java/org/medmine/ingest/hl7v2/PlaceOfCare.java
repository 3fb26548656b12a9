package org.medmine.ingest.hl7v2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.medmine.model.Table;
import org.medmine.warehouse.Row;

/**
 * A patient location (PL, HL7 v2.5 §2.A.53): point of care, room, bed and facility. Its id is the
 * location as v2 writes it, components 1 to 4 joined by {@code ^} with trailing empty ones dropped
 * ({@code 4E^401^B^GHH}); the V2-to-FHIR IG's PV1 map puts the most granular level in
 * Encounter.location and chains the coarser ones with Location.partOf, which {@link
 * #locationRows()} gives (physical types bd, ro, wa and si, FHIR R4).
 */
record PlaceOfCare(String pointOfCare, String room, String bed, String facility) {

  /** The location in field {@code field} of a segment, or null when it is empty. */
  static PlaceOfCare of(SegmentFields segment, int field) {
    PlaceOfCare p =
        new PlaceOfCare(
            value(segment.get(field, 1)),
            value(segment.get(field, 2)),
            value(segment.get(field, 3)),
            value(segment.get(field, 0, 4, 1)));
    return p.pointOfCare == null && p.room == null && p.bed == null && p.facility == null
        ? null
        : p;
  }

  private static String value(String v) {
    return V2Values.blank(v) ? null : v.strip();
  }

  /** The location's id: components 1 to 4 as v2 writes them. */
  String id() {
    return id(pointOfCare, room, bed, facility);
  }

  private static String id(String... parts) {
    int last = parts.length - 1;
    while (last > 0 && parts[last] == null) {
      last--;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i <= last; i++) {
      b.append(i > 0 ? "^" : "").append(parts[i] == null ? "" : parts[i]);
    }
    return b.toString();
  }

  /** A name for people: {@code 4E 401-B}. */
  String name() {
    StringBuilder b = new StringBuilder(pointOfCare == null ? "" : pointOfCare);
    if (room != null) {
      b.append(b.length() > 0 ? " " : "").append(room);
    }
    if (bed != null) {
      b.append(room != null ? "-" : b.length() > 0 ? " " : "").append(bed);
    }
    return b.length() > 0 ? b.toString() : facility;
  }

  /** The location rows from the facility down to this location, each part of the one above. */
  List<Row> locationRows() {
    List<Row> out = new ArrayList<>();
    String parent = null;
    String[][] levels = {
      {null, null, null, facility, "si"}, {pointOfCare, null, null, facility, "wa"},
      {pointOfCare, room, null, facility, "ro"}, {pointOfCare, room, bed, facility, "bd"}
    };
    for (String[] level : levels) {
      boolean present =
          switch (level[4]) {
            case "si" -> facility != null;
            case "wa" -> pointOfCare != null;
            case "ro" -> room != null;
            default -> bed != null;
          };
      if (!present) {
        continue;
      }
      String id = id(level[0], level[1], level[2], level[3]);
      PlaceOfCare at = new PlaceOfCare(level[0], level[1], level[2], level[3]);
      out.add(
          new Row(Table.LOCATION)
              .set("id", id)
              .set("name", level[4].equals("si") ? facility : at.name())
              .set("physical_type", level[4])
              .set("part_of_id", parent));
      parent = id;
    }
    return out;
  }

  /** The stay columns of {@code encounter_location} for this location. */
  Map<String, Object> stayColumns() {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("location_id", id());
    if (pointOfCare != null) {
      m.put("point_of_care", pointOfCare);
    }
    if (room != null) {
      m.put("room", room);
    }
    if (bed != null) {
      m.put("bed", bed);
    }
    if (facility != null) {
      m.put("facility", facility);
    }
    return m;
  }
}
