package org.medmine.ingest.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files whose first resource is administrative are read first; the order within each group is kept.
 */
class FhirFileOrderTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    return f;
  }

  private static String bundle(String firstType) {
    return "{\"resourceType\": \"Bundle\", \"type\": \"transaction\", \"entry\": [{\"fullUrl\": \"urn:uuid:1\","
        + " \"resource\": {\"resourceType\" : \""
        + firstType
        + "\", \"id\": \"1\"}}]}";
  }

  @Test
  void administrativeFilesComeFirstInTheirGivenOrder() throws IOException {
    Path patient = write("a-patient.json", bundle("Patient"));
    Path hospital = write("b-hospital.json", bundle("Organization"));
    Path practitioners =
        write("c-practitioners.ndjson", "{\"resourceType\":\"Practitioner\",\"id\":\"x\"}\n");
    Path locations = dir.resolve("d-locations.json.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(locations))) {
      out.write(bundle("Location").getBytes(StandardCharsets.UTF_8));
    }
    Path broken = write("e-broken.json", "{ not json");
    Path empty = write("f-empty.json", "");
    Path roles = write("g-roles.json", bundle("PractitionerRole"));

    List<Path> ordered =
        FhirFileOrder.administrativeFirst(
            List.of(patient, hospital, practitioners, locations, broken, empty, roles));

    assertThat(ordered)
        .containsExactly(hospital, practitioners, locations, roles, patient, broken, empty);
  }

  @Test
  void aPatientBundleWhoseLaterEntriesAreAdministrativeStaysInPlace() throws IOException {
    Path a =
        write(
            "a.json",
            "{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{\"resourceType\":\"Patient\"}},"
                + "{\"resource\":{\"resourceType\":\"Organization\"}}]}");
    Path b = write("b.json", bundle("Encounter"));
    assertThat(FhirFileOrder.administrativeFirst(List.of(b, a))).containsExactly(b, a);
  }
}
