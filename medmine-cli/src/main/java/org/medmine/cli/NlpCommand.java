package org.medmine.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.medmine.apps.nlp.NlpApp;
import org.medmine.apps.nlp.NlpFilesApp;
import org.medmine.apps.nlp.NlpFilesOptions;
import org.medmine.apps.nlp.NlpOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code medmine nlp}: concepts, negation and context in the warehouse's notes (writes {@code
 * note_concept}), in text files ({@code --text}), or for sentence/target pairs ({@code --pairs}).
 */
@Command(name = "nlp", mixinStandardHelpOptions = true)
final class NlpCommand extends WarehouseSubcommand {
  @Mixin ProtectedOutputOption protection;

  @Option(names = "--text", arity = "1..*", paramLabel = "FILE")
  List<Path> text = new ArrayList<>();

  @Option(names = "--pairs", paramLabel = "FILE.tsv")
  Path pairs;

  @Option(names = "--threads", paramLabel = "N")
  Integer threads;

  @Option(names = "--top", defaultValue = "10", paramLabel = "N")
  int top;

  @Option(names = "--html", paramLabel = "FILE")
  Path html;

  @Override
  public Integer call() {
    if (!text.isEmpty() || pairs != null) {
      output.print(spec, run(new NlpFilesApp(), new NlpFilesOptions(text, pairs)));
      return ExitCodes.OK;
    }
    NlpOptions options =
        new NlpOptions(threads != null ? threads : NlpOptions.defaults().threads(), top);
    protection.runWithPage(spec, warehouse.file, output, new NlpApp(), options, html);
    return ExitCodes.OK;
  }
}
