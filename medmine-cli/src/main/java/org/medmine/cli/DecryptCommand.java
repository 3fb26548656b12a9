package org.medmine.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.medmine.context.AnalysisContext;
import org.medmine.privacy.FileEncryption;
import org.medmine.privacy.SecretKeySource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code medmine encrypt} and {@code medmine decrypt}: files encrypted as a streaming AEAD
 * (AES-256-GCM in 1 MiB segments, {@link FileEncryption}) under the secret in MEDMINE_FILE_KEY or
 * --key-file.
 */
final class DecryptCommand {
  private DecryptCommand() {}

  /** Shared options. */
  abstract static class FileCrypto extends Subcommand {
    @Parameters(index = "0", paramLabel = "FILE")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Option(names = "--key-file", paramLabel = "FILE")
    Path keyFile;

    FileEncryption crypto() {
      return new FileEncryption(
          SecretKeySource.load(keyFile, FileEncryption.KEY_ENV, System.getenv()));
    }
  }

  @Command(name = "decrypt", mixinStandardHelpOptions = true)
  static final class Decrypt extends FileCrypto {
    @Override
    public Integer call() throws IOException {
      spec.commandLine().getOut().println(crypto().decryptFile(in, out));
      return ExitCodes.OK;
    }
  }

  @Command(name = "encrypt", mixinStandardHelpOptions = true)
  static final class Encrypt extends FileCrypto {
    @Option(names = "--warehouse", paramLabel = "FILE")
    Path warehouse;

    @Override
    public Integer call() throws IOException {
      String done = crypto().encryptFile(in, out);
      if (warehouse != null) {
        try (AnalysisContext context = Contexts.open(spec, warehouse, null)) {
          context.note("encrypt", in.getFileName() + "->" + out.getFileName());
        }
      }
      spec.commandLine().getOut().println(done);
      return ExitCodes.OK;
    }
  }
}
