package org.medmine.cli;

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
import java.util.concurrent.Callable;
import org.medmine.model.MedmineUserException;
import org.medmine.privacy.PhiScrubber;
import org.medmine.privacy.PhiSpan;
import org.medmine.privacy.PhiSurrogates;
import org.medmine.privacy.SecretKeySource;
import org.medmine.privacy.PhiType;
import org.medmine.privacy.ScrubResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code medmine scrub FILE...}: the PHI scrubber on notes that never entered a warehouse. */
@Command(
    name = "scrub",
    mixinStandardHelpOptions = true,
    description = {
      "De-identifies free-text notes (UTF-8 text or JSON Lines): finds every Safe Harbor identifier and writes the"
          + " scrubbed notes and the spans found.",
      "Each FILE is UTF-8 text (one note) or JSON Lines (.jsonl/.ndjson: one note per line, a JSON string or an object"
          + " whose \"text\" is the note and whose \"patient_id\" names its patient). Finds names (patients, clinicians,"
          + " relatives, contacts), hospitals, wards, towns, states, addresses, ZIP codes, dates in every form, ages"
          + " over 89, phone/fax/pager numbers, e-mail, URLs, IPs, SSNs, and record, account, licence and device"
          + " numbers; blood pressures, gases, scores, doses and ranges are left alone. Writes NAME.spans.json (per"
          + " note: start and end code-point offsets in the original, type, detector) and, unless --mode spans,"
          + " NAME.scrubbed.txt|.jsonl. Figures: docs/deid-benchmarks.md."
    })
final class ScrubCommand implements Callable<Integer> {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text or JSON Lines files.")
  List<Path> files;

  @Option(names = "--out", paramLabel = "DIR", description = "Folder for the outputs (default: beside each input).")
  Path outDir;

  @Option(names = "--mode", paramLabel = "MODE", defaultValue = "tag",
      description = "tag: replace each span with its type ([NAME], [DATE]); surrogate: a consistent fake name per person"
          + " and patient, dates shifted by the patient's offset of the shifted policy (key from --key-file or $"
          + DeidCommand.KEY_ENV + "; the patient is \"patient_id\" of a JSON line, else the file name); spans: only"
          + " NAME.spans.json. Default: ${DEFAULT-VALUE}.")
  String mode;

  @Option(names = "--key-file", paramLabel = "FILE", description = "File holding the de-identification secret, for --mode surrogate.")
  Path keyFile;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** The two files written for one input. */
  private record Output(Path scrubbed, String scrubbedText, Path spans, String spansJson) {}

  @Override
  public Integer call() throws IOException {
    if (!List.of("tag", "surrogate", "spans").contains(mode)) {
      throw new MedmineUserException("Unknown --mode '" + mode + "': use tag, surrogate or spans.");
    }
    PhiScrubber scrubber = new PhiScrubber();
    PhiSurrogates surrogates = mode.equals("surrogate")
        ? new PhiSurrogates(SecretKeySource.load(keyFile, DeidCommand.KEY_ENV, System.getenv())) : null;
    Map<PhiType, Long> total = new EnumMap<>(PhiType.class);
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new MedmineUserException("Input " + f + " does not exist: check the path.");
      }
    }
    // every input is read and scrubbed before anything is written: a bad file leaves no output behind
    List<Output> outputs = new ArrayList<>();
    for (Path f : files) {
      outputs.add(scrub(f, scrubber, surrogates, total));
    }
    for (Output o : outputs) {
      Files.createDirectories(o.scrubbed().getParent());
      if (!mode.equals("spans")) {
        Files.writeString(o.scrubbed(), o.scrubbedText(), StandardCharsets.UTF_8);
      }
      Files.writeString(o.spans(), o.spansJson(), StandardCharsets.UTF_8);
    }
    spec.commandLine().getOut().println("Scrubbed " + files.size() + " file(s); " + (mode.equals("spans") ? "found: " : "replaced: ") + (total.isEmpty() ? "nothing" : total));
    return ExitCodes.OK;
  }

  private Output scrub(Path f, PhiScrubber scrubber, PhiSurrogates surrogates, Map<PhiType, Long> total)
      throws IOException {
    String name = f.getFileName().toString();
    boolean jsonl = name.endsWith(".jsonl") || name.endsWith(".ndjson");
    String base = name.replaceFirst("\\.(jsonl|ndjson|txt)$", "");
    Path dir = outDir != null ? outDir : f.toAbsolutePath().getParent();
    String content = readText(f);
    List<Map<String, Object>> spans = new ArrayList<>();
    StringBuilder scrubbed = new StringBuilder();
    if (jsonl) {
      List<String> lines = content.lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).isBlank()) {
          continue;
        }
        JsonNode node = parse(f, i + 1, lines.get(i));
        String text = node.isTextual() ? node.asText() : node.path("text").asText(null);
        if (text == null) {
          throw new MedmineUserException(f + " line " + (i + 1) + " has no \"text\": give a JSON string or an object with \"text\".");
        }
        ScrubResult r = scrubber.scrub(text);
        Object id = node.has("id") ? node.get("id").asText() : (Object) (i + 1);
        spans.add(noteSpans(id, text, r, total));
        String patient = node.path("patient_id").asText(base);
        String out = surrogates == null ? r.text() : surrogates.replace(text, r.spans(), patient);
        if (node.isTextual()) {
          scrubbed.append(MAPPER.writeValueAsString(out));
        } else {
          ObjectNode copy = ((ObjectNode) node).deepCopy();
          copy.put("text", out);
          scrubbed.append(MAPPER.writeValueAsString(copy));
        }
        scrubbed.append('\n');
      }
    } else {
      ScrubResult r = scrubber.scrub(content);
      spans.add(noteSpans(name, content, r, total));
      scrubbed.append(surrogates == null ? r.text() : surrogates.replace(content, r.spans(), base));
    }
    return new Output(dir.resolve(base + (jsonl ? ".scrubbed.jsonl" : ".scrubbed.txt")), scrubbed.toString(),
        dir.resolve(base + ".spans.json"), Json.write(spans));
  }

  /** The file as UTF-8 text; bytes that are not UTF-8, or a NUL character, make it a binary file: refused. */
  static String readText(Path f) throws IOException {
    byte[] bytes = Files.readAllBytes(f);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer text = CharBuffer.allocate(bytes.length);
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    if (utf8.decode(in, text, true).isError() || utf8.flush(text).isError()) {
      throw new MedmineUserException(f + " is not UTF-8 text (byte " + in.position() + " is not valid UTF-8): scrub"
          + " takes UTF-8 notes or JSON Lines, so convert it first (e.g. iconv -f LATIN1 -t UTF-8).");
    }
    String s = text.flip().toString();
    int nul = s.indexOf('\0');
    if (nul >= 0) {
      throw new MedmineUserException(f + " is a binary file, not text (a NUL character at offset " + nul + "): scrub"
          + " takes UTF-8 notes or JSON Lines.");
    }
    return s;
  }

  private static JsonNode parse(Path f, int line, String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new MedmineUserException(f + " line " + line + " is not JSON: give one JSON note per line.", e);
    }
  }

  private static Map<String, Object> noteSpans(Object id, String text, ScrubResult r, Map<PhiType, Long> total) {
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
