package org.medmine.apps.nlp;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medmine.context.AppResult;
import org.medmine.context.RunProvenance;
import org.medmine.mining.nlp.ConceptCode;
import org.medmine.mining.nlp.ContextJudgement;
import org.medmine.mining.nlp.LexiconEntry;
import org.medmine.mining.nlp.NoteAnnotation;
import org.medmine.mining.nlp.NoteMention;
import org.medmine.mining.nlp.PairsFile;
import org.medmine.report.Html;
import org.medmine.report.ReportSection;

/**
 * What {@link NlpFilesApp} found: per text file its mentions, or per line of a pairs file the
 * target's judgement. Its JSON is {@code {"files": [...]}} or {@code {"pairs": [...]}}: for a pairs
 * file one object per input line, in input order, each with {@code line}, {@code sentence}, {@code
 * target}, {@code assertion} (affirmed, negated, possible, hypothetical), {@code temporality}
 * (recent, historical), {@code experiencer} (patient, family, other) and {@code triggers}.
 */
public record NlpFilesResult(
    List<TextFile> texts, List<PairsFile.PairResult> pairs, RunProvenance provenance)
    implements AppResult {
  public NlpFilesResult {
    texts = List.copyOf(texts);
    pairs = List.copyOf(pairs);
  }

  /** One annotated text file. */
  public record TextFile(String file, NoteAnnotation annotation) {}

  @Override
  public Object toJson() {
    Map<String, Object> doc = new LinkedHashMap<>();
    if (!texts.isEmpty()) {
      List<Map<String, Object>> files = new ArrayList<>();
      for (TextFile t : texts) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("file", t.file());
        f.put("sections", t.annotation().sections().size());
        f.put("sentences", t.annotation().sentences());
        f.put("mentions", t.annotation().mentions().stream().map(NlpFilesResult::mention).toList());
        files.add(f);
      }
      doc.put("files", files);
    } else {
      doc.put("pairs", pairs.stream().map(NlpFilesResult::pair).toList());
    }
    doc.put("run", provenance);
    return doc;
  }

  private static Map<String, Object> mention(NoteMention m) {
    LexiconEntry e = m.mention().concept();
    ConceptCode code = e.codes().isEmpty() ? null : e.codes().get(0);
    Map<String, Object> o = judgement(m.judgement());
    o.put("start", m.mention().start());
    o.put("end", m.mention().end());
    o.put("text", m.mention().text());
    o.put("section", m.section().name());
    o.put("conceptId", e.id());
    o.put("concept", e.preferred());
    o.put("codeSystem", code == null ? null : code.system());
    o.put("code", code == null ? null : code.code());
    return o;
  }

  private static Map<String, Object> pair(PairsFile.PairResult p) {
    Map<String, Object> o = judgement(p.judgement());
    o.put("line", p.line());
    o.put("sentence", p.sentence());
    o.put("target", p.target());
    return o;
  }

  private static Map<String, Object> judgement(ContextJudgement j) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("assertion", j.assertion().label());
    o.put("temporality", j.temporality().label());
    o.put("experiencer", j.experiencer().label());
    o.put("triggers", j.triggers());
    return o;
  }

  /** Per file its mentions, or per pair line its judgement, one line each. */
  @Override
  public String toText() {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    for (TextFile t : texts) {
      out.printf(
          Locale.ROOT,
          "%s: %d sections, %d sentences, %d mentions%n",
          t.file(),
          t.annotation().sections().size(),
          t.annotation().sentences(),
          t.annotation().mentions().size());
      for (NoteMention m : t.annotation().mentions()) {
        ContextJudgement j = m.judgement();
        out.printf(
            Locale.ROOT,
            "  %5d-%-5d %-28s %-12s %-10s %-7s %s%s%n",
            m.mention().start(),
            m.mention().end(),
            m.section(),
            j.assertion().label(),
            j.temporality().label(),
            j.experiencer().label(),
            m.mention().text(),
            j.triggers().isEmpty() ? "" : " " + j.triggers());
      }
    }
    for (PairsFile.PairResult p : pairs) {
      ContextJudgement j = p.judgement();
      out.printf(
          Locale.ROOT,
          "%d\t%s\t%s\t%s\t%s%n",
          p.line(),
          p.target(),
          j.assertion().label(),
          j.temporality().label(),
          j.experiencer().label());
    }
    out.flush();
    return text.toString();
  }

  /** The mentions per file, or the judgements per pair, as one table. */
  @Override
  public List<ReportSection> toSections() {
    List<List<?>> rows = new ArrayList<>();
    for (TextFile t : texts) {
      for (NoteMention m : t.annotation().mentions()) {
        ContextJudgement j = m.judgement();
        rows.add(
            List.of(
                t.file(),
                m.mention().text(),
                j.assertion().label(),
                j.temporality().label(),
                j.experiencer().label()));
      }
    }
    for (PairsFile.PairResult p : pairs) {
      ContextJudgement j = p.judgement();
      rows.add(
          List.of(
              "line " + p.line(),
              p.target(),
              j.assertion().label(),
              j.temporality().label(),
              j.experiencer().label()));
    }
    return List.of(
        ReportSection.of(
            "nlp-files",
            "Clinical NLP: files",
            Html.table(
                List.of("input", "mention", "assertion", "temporality", "experiencer"), rows)));
  }
}
