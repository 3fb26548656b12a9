package org.medmine.ingest.hl7v2;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.medmine.warehouse.RecordOrigin;

/**
 * What reading a message costs, on the load bench's messages (A04, A01, ORU^R01, A02, A03), warm:
 * HAPI HL7v2's full parse into the v2.5 structures (what the first version of the reader did,
 * before mapping), against medmine's whole intake ({@link MessageIntake}: decode by MSH-18, header,
 * ER7 split, V2-to-FHIR mapping, SHA-256). In this module's copy of the package so that it reaches
 * the package's classes. Usage: {@code Hl7v2ParseBench MESSAGES}.
 */
public final class Hl7v2ParseBench {
  private Hl7v2ParseBench() {}

  public static void main(String[] args) throws Exception {
    int patients = Integer.parseInt(args.length > 0 ? args[0] : "1000");
    List<byte[]> messages =
        org.medmine.bench.hl7v2.LoadFeedAccess.messages(patients).stream()
            .map(m -> m.getBytes(StandardCharsets.US_ASCII))
            .toList();
    HapiContext context = new DefaultHapiContext();
    context.setValidationContext(ValidationContextFactory.noValidation());
    context.setModelClassFactory(new CanonicalModelClassFactory("2.5"));
    PipeParser hapi = context.getPipeParser();
    MessageIntake intake = new MessageIntake(ZoneOffset.UTC);
    RecordOrigin origin = new RecordOrigin("bench", 0, "message");
    double bestHapi = Double.MAX_VALUE;
    double bestMedmine = Double.MAX_VALUE;
    for (int round = 0; round < 12; round++) {
      long t0 = System.nanoTime();
      for (byte[] m : messages) {
        hapi.parse(new String(m, StandardCharsets.US_ASCII));
      }
      long t1 = System.nanoTime();
      for (byte[] m : messages) {
        if (intake.read(m, origin).mapped() == null) {
          throw new IllegalStateException("the bench's messages must all map");
        }
      }
      long t2 = System.nanoTime();
      bestHapi = Math.min(bestHapi, (t1 - t0) / 1e3 / messages.size());
      bestMedmine = Math.min(bestMedmine, (t2 - t1) / 1e3 / messages.size());
    }
    System.out.printf(
        Locale.ROOT,
        "%d messages, best of 12 rounds: HAPI parse %.1f us/message; medmine intake"
            + " (decode, header, ER7 split, mapping, SHA-256) %.1f us/message%n",
        messages.size(),
        bestHapi,
        bestMedmine);
  }
}
