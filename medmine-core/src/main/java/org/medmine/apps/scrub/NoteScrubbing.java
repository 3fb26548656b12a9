package org.medmine.apps.scrub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medmine.context.ResultJson;
import org.medmine.model.MedmineUserException;
import org.medmine.privacy.PhiScrubber;
import org.medmine.privacy.PhiSpan;
import org.medmine.privacy.PhiSurrogates;
import org.medmine.privacy.PhiType;
import org.medmine.privacy.ScrubResult;

/**
 * Scrubs note files: each input is UTF-8 text (one note) or JSON Lines ({@code .jsonl}/{@code
 * .ndjson}: one note per line, a JSON string or an object whose {@code text} is the note and whose
 * {@code patient_id} names its patient). For each input {@code NAME} it writes {@code
 * NAME.spans.json} (per note: start and end code-point offsets in the original, type, detector)
 * and, unless the mode is spans, {@code NAME.scrubbed.txt|.jsonl}. Every input is read and scrubbed
 * before anything is written: a bad file leaves no output behind.
 */
public final class NoteScrubbing {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The two files written for one input. */
  private record Output(Path scrubbed, String scrubbedText, Path spans, String spansJson) {}

  private final ScrubOptions options;
  private final PhiScrubber scrubber = new PhiScrubber();
  private final PhiSurrogates surrogates;
  private final Map<PhiType, Long> total = new EnumMap<>(PhiType.class);

  private NoteScrubbing(ScrubOptions options, PhiSurrogates surrogates) {
    this.options = options;
    this.surrogates = surrogates;
  }

  /**
   * Scrubs every input of {@code options}; {@code surrogateSecret} is the de-identification secret
   * the surrogate mode derives fakes and date shifts from (null in the other modes).
   */
  public static ScrubOutcome run(ScrubOptions options, byte[] surrogateSecret) throws IOException {
    NoteScrubbing job =
        new NoteScrubbing(
            options,
            options.mode() == ScrubOptions.Mode.SURROGATE
                ? new PhiSurrogates(surrogateSecret)
                : null);
    List<Output> outputs = new ArrayList<>();
    for (Path f : options.files()) {
      outputs.add(job.scrub(f));
    }
    for (Output o : outputs) {
      Files.createDirectories(o.scrubbed().getParent());
      if (options.mode() != ScrubOptions.Mode.SPANS) {
        Files.writeString(o.scrubbed(), o.scrubbedText(), StandardCharsets.UTF_8);
      }
      Files.writeString(o.spans(), o.spansJson(), StandardCharsets.UTF_8);
    }
    return new ScrubOutcome(options.files().size(), options.mode(), job.total);
  }

  private Output scrub(Path f) throws IOException {
    String name = f.getFileName().toString();
    boolean jsonl = name.endsWith(".jsonl") || name.endsWith(".ndjson");
    String base = name.replaceFirst("\\.(jsonl|ndjson|txt)$", "");
    Path dir = options.outDir() != null ? options.outDir() : f.toAbsolutePath().getParent();
    String content = readText(f);
    List<Map<String, Object>> spans = new ArrayList<>();
    StringBuilder scrubbed = new StringBuilder();
    if (jsonl) {
      List<String> lines = content.lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        if (!lines.get(i).isBlank()) {
          scrubbed.append(scrubLine(f, i + 1, lines.get(i), base, spans)).append('\n');
        }
      }
    } else {
      ScrubResult r = scrubber.scrub(content);
      spans.add(noteSpans(name, content, r));
      scrubbed.append(surrogates == null ? r.text() : surrogates.replace(content, r.spans(), base));
    }
    return new Output(
        dir.resolve(base + (jsonl ? ".scrubbed.jsonl" : ".scrubbed.txt")),
        scrubbed.toString(),
        dir.resolve(base + ".spans.json"),
        ResultJson.write(spans));
  }

  /**
   * One JSON line scrubbed: its spans added to {@code spans}, the line with its text replaced
   * returned.
   */
  private String scrubLine(
      Path f, int line, String json, String base, List<Map<String, Object>> spans)
      throws IOException {
    JsonNode node = parse(f, line, json);
    String text = node.isTextual() ? node.asText() : node.path("text").asText(null);
    if (text == null) {
      throw new MedmineUserException(
          f
              + " line "
              + line
              + " has no \"text\": give a JSON string or an object with"
              + " \"text\".");
    }
    ScrubResult r = scrubber.scrub(text);
    Object id = node.has("id") ? node.get("id").asText() : (Object) line;
    spans.add(noteSpans(id, text, r));
    String patient = node.path("patient_id").asText(base);
    String out = surrogates == null ? r.text() : surrogates.replace(text, r.spans(), patient);
    if (node.isTextual()) {
      return MAPPER.writeValueAsString(out);
    }
    ObjectNode copy = ((ObjectNode) node).deepCopy();
    copy.put("text", out);
    return MAPPER.writeValueAsString(copy);
  }

  /**
   * The file as UTF-8 text; bytes that are not UTF-8, or a NUL character, make it a binary file:
   * refused.
   */
  static String readText(Path f) throws IOException {
    byte[] bytes = Files.readAllBytes(f);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer text = CharBuffer.allocate(bytes.length);
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    if (utf8.decode(in, text, true).isError() || utf8.flush(text).isError()) {
      throw new MedmineUserException(
          f
              + " is not UTF-8 text (byte "
              + in.position()
              + " is not valid UTF-8): scrub"
              + " takes UTF-8 notes or JSON Lines, so convert it first (e.g. iconv -f LATIN1 -t UTF-8).");
    }
    String s = text.flip().toString();
    int nul = s.indexOf('\0');
    if (nul >= 0) {
      throw new MedmineUserException(
          f
              + " is a binary file, not text (a NUL character at offset "
              + nul
              + "): scrub"
              + " takes UTF-8 notes or JSON Lines.");
    }
    return s;
  }

  private static JsonNode parse(Path f, int line, String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new MedmineUserException(
          f + " line " + line + " is not JSON: give one JSON note per line.", e);
    }
  }

  private Map<String, Object> noteSpans(Object id, String text, ScrubResult r) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (PhiSpan s : r.spans()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("start", text.codePointCount(0, s.start()));
      m.put("end", text.codePointCount(0, s.end()));
      m.put("type", s.type().name());
      m.put("detector", s.detector());
      list.add(m);
      total.merge(s.type(), 1L, Long::sum);
    }
    Map<String, Object> note = new LinkedHashMap<>();
    note.put("note", id);
    note.put("spans", list);
    return note;
  }
}
