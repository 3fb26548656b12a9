package org.medmine.ingest.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Group;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.model.Structure;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * medmine's light ER7 reader ({@link SegmentFields}) reads every field, repetition, component and
 * subcomponent of the test messages as HAPI HL7v2's parser and Terser do: same segments in the same
 * order, same values, escape sequences replaced alike.
 */
class SegmentFieldsMatchHapiTest {
  private static final HapiContext HAPI = new DefaultHapiContext();

  static {
    HAPI.setValidationContext(ValidationContextFactory.noValidation());
    HAPI.setModelClassFactory(new CanonicalModelClassFactory("2.5"));
  }

  private static List<String> messages() {
    return List.of(
        Hl7MessageBuilder.adt("A01")
            .version("2.3")
            .control("A1")
            .eventAt("20240102100000-0500")
            .patient("P1")
            .pid(5, "GARC\\T\\IA^JOS\\S\\E^L^JR^DR^^L~SMITH^JOSE^^^^^M")
            .born("19610615")
            .sex("M")
            .pid(11, "123 MAIN ST^APT 4^GREENSBORO^NC^27401^USA^H^^GUILFORD~PO BOX 1\\F\\2^^DURHAM")
            .pid(13, "^PRN^PH^^^555^5552004~^NET^Internet^jose@example.org")
            .pid(16, "\"\"")
            .visit("V1", "E", "ED", "12", null)
            .pv1(7, "004777^ATTEND^AARON^A&B")
            .pv1(44, "20240102095500")
            .text(),
        Hl7MessageBuilder.oru()
            .version("2.7")
            .control("R1")
            .patient("P1")
            .visit("V1", "E", "ED", "12", null)
            .order("F77", "24331-1", "Lipid panel")
            .result("NM", "2093-3", "Cholesterol", "196", "mg/dL", "<200", "N", "F")
            .result(
                "FT", "8251-1", "Comment", "line one\\.br\\line two\\E\\", null, null, null, "C")
            .result("SN", "14957-5", "Microalbumin", "<^30", "mg/L", null, null, "F")
            .raw("ZPV|1|x^y~z")
            .text(),
        Hl7MessageBuilder.vxu()
            .version("2.8")
            .control("X1")
            .patient("P1")
            .vaccine("IZ-1", "08", "Hep B", "20240101", "LOT123")
            .text(),
        Hl7MessageBuilder.adt("A17")
            .control("S1")
            .patient("P1")
            .visit("V1", "I", "4E", "402", "B")
            .patient("P2")
            .visit("V2", "I", "4E", "401", "A")
            .text());
  }

  @Test
  void everyValueReadsAsHapiReadsIt() throws HL7Exception {
    int compared = 0;
    for (String text : messages()) {
      MessageHeader header = MessageHeader.read(text);
      List<SegmentFields> light = Er7Reader.segments(text, header);
      List<Segment> hapi = new ArrayList<>();
      walk(HAPI.getPipeParser().parse(text), hapi);
      assertThat(light)
          .extracting(SegmentFields::name)
          .containsExactlyElementsOf(hapi.stream().map(s -> s.getName().substring(0, 3)).toList());
      for (int i = 0; i < light.size(); i++) {
        SegmentFields mine = light.get(i);
        Segment theirs = hapi.get(i);
        for (int field = mine.name().equals("MSH") ? 3 : 1;
            field <= Math.max(theirs.numFields(), 30);
            field++) {
          int reps = field <= theirs.numFields() ? theirs.getField(field).length : 0;
          assertThat(mine.repetitions(field))
              .as("%s-%d repetitions in %s", mine.name(), field, text)
              .isEqualTo(reps);
          for (int rep = 0; rep < reps; rep++) {
            for (int component = 1; component <= 9; component++) {
              for (int sub = 1; sub <= 3; sub++) {
                String expected = Terser.get(theirs, field, rep, component, sub);
                assertThat(mine.get(field, rep, component, sub))
                    .as("%s-%d(%d).%d.%d", mine.name(), field, rep, component, sub)
                    .isEqualTo(expected == null || expected.isEmpty() ? null : expected);
                compared++;
              }
            }
          }
        }
      }
    }
    assertThat(compared).isGreaterThan(1000);
  }

  private static void walk(Group group, List<Segment> out) throws HL7Exception {
    for (String name : group.getNames()) {
      for (Structure s : group.getAll(name)) {
        if (s instanceof Group g) {
          walk(g, out);
        } else if (s instanceof Segment seg && !seg.isEmpty()) {
          out.add(seg);
        }
      }
    }
  }
}
