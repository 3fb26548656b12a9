package org.medmine.ingest.hl7v2;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Group;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.model.Structure;
import ca.uhn.hl7v2.parser.CanonicalModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses message text with HAPI HL7v2 into the v2.5 structures, whatever version the message declares (HAPI's
 * {@link CanonicalModelClassFactory}: HL7 v2 versions add fields and components at the end and keep the old ones
 * where they were, so the 2.5 model reads 2.3 to 2.8), and lists the segments that are present, in message order.
 * Validation is off: what medmine needs is checked by the mappers, with a reason that names the field.
 *
 * <p>One parser per thread: a HAPI parser keeps state while it parses.
 */
final class MessageParser {
  private final PipeParser parser;

  MessageParser() {
    HapiContext context = new DefaultHapiContext();
    context.setValidationContext(ValidationContextFactory.noValidation());
    context.setModelClassFactory(new CanonicalModelClassFactory("2.5"));
    parser = context.getPipeParser();
  }

  /** The segments of the message, in order; throws a {@link Rejection} when HAPI cannot parse it. */
  List<Segment> segments(String text, MessageHeader header) {
    // HAPI 2.6 knows versions up to 2.8.1; a 2.8.2 message is the same model for what medmine reads
    String forHapi = header.version().equals("2.8.2") ? withVersion(text, header, "2.8.1") : text;
    try {
      Message message = parser.parse(forHapi);
      List<Segment> out = new ArrayList<>();
      walk(message, out);
      return out;
    } catch (HL7Exception | RuntimeException e) {
      throw Rejection.error(ErrorCode.DATA_TYPE_ERROR, null, 0,
          "HAPI HL7v2 could not parse the message: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""))
          .thrown();
    }
  }

  private static String withVersion(String text, MessageHeader header, String version) {
    int end = text.indexOf('\r');
    String msh = end < 0 ? text : text.substring(0, end);
    String[] fields = msh.split(java.util.regex.Pattern.quote(String.valueOf(header.fieldSeparator())), -1);
    if (fields.length > 11) {
      fields[11] = version + fields[11].substring(header.version().length());
    }
    return String.join(String.valueOf(header.fieldSeparator()), fields) + (end < 0 ? "" : text.substring(end));
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
