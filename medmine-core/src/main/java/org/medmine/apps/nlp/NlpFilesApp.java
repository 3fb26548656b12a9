package org.medmine.apps.nlp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.medmine.context.AnalysisContext;
import org.medmine.context.App;
import org.medmine.mining.nlp.Lexicon;
import org.medmine.mining.nlp.NoteAnnotator;
import org.medmine.mining.nlp.PairsFile;
import org.medmine.mining.nlp.TargetJudge;
import org.medmine.model.MedmineUserException;

/**
 * {@code nlp --text} and {@code nlp --pairs}: the clinical NLP pipeline over files, without a
 * warehouse. Each text file is one note, annotated with the shipped lexicon ({@link
 * NoteAnnotator}); a pairs file is judged line by line in the sentence mode of NegEx's test format
 * ({@link PairsFile}, {@link TargetJudge}), one result per line in input order. Bad input (a file
 * that is not UTF-8, a line without a target, a target not in its sentence) is a user error naming
 * the file and line. The provenance names the files and their SHA-256 in place of a warehouse.
 */
public final class NlpFilesApp implements App<NlpFilesOptions, NlpFilesResult> {
  @Override
  public String name() {
    return "nlp";
  }

  @Override
  public NlpFilesResult run(AnalysisContext context, NlpFilesOptions options) {
    List<NlpFilesResult.TextFile> texts = new ArrayList<>();
    List<PairsFile.PairResult> pairs = List.of();
    if (options.pairs() != null) {
      pairs = PairsFile.judge(options.pairs(), TargetJudge.standard());
    } else {
      NoteAnnotator annotator = NoteAnnotator.with(Lexicon.standard());
      for (Path f : options.texts()) {
        String text = read(f);
        texts.add(new NlpFilesResult.TextFile(f.toString(), annotator.annotate(text)));
      }
    }
    return new NlpFilesResult(
        texts, pairs, context.provenanceOfFiles(name(), options, null, options.inputs()));
  }

  /** The file's text, refused as a user error when it is not UTF-8. */
  static String read(Path f) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(f)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new MedmineUserException(f + " is not UTF-8 text: save it as UTF-8 and run again.", e);
    } catch (IOException e) {
      throw new MedmineUserException(
          "Cannot read " + f + " (" + e.getMessage() + "): check the path.", e);
    }
  }
}
