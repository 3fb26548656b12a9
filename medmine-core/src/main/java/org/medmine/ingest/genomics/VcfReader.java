package org.medmine.ingest.genomics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.medmine.model.MedmineUserException;

/**
 * A streaming reader of a single-sample VCF ({@code .vcf} or bgzip/gzip {@code .vcf.gz}) that keeps
 * the genotypes at the positions asked for (VCF 4.2, samtools/hts-specs). It reads CHROM, POS, REF,
 * ALT, FORMAT and the sample's GT, nothing else; memory holds one line and the wanted calls. A file
 * that is not a VCF or holds more or fewer than one sample is refused in one sentence; a data line
 * that cannot be read is kept as a {@link VcfProblem} with its line and reason. Written here
 * because htsjdk is not served by our Maven mirror.
 */
public final class VcfReader {
  private final Set<String> wanted;

  /** A reader keeping the positions {@code wanted} (keys of {@link VcfSample#key}). */
  public VcfReader(Set<String> wanted) {
    this.wanted = Set.copyOf(wanted);
  }

  /** Reads {@code file}. */
  public VcfSample read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new MedmineUserException("There is no VCF file " + file + ": check the path.");
    }
    try (BufferedReader in = open(file)) {
      return read(file.toString(), in);
    } catch (java.util.zip.ZipException e) {
      throw new MedmineUserException(
          "Cannot read " + file + " as gzip (" + e.getMessage() + "): give a .vcf or a .vcf.gz.");
    } catch (java.io.EOFException e) {
      throw new MedmineUserException(
          "The file " + file + " ends in the middle of its gzip stream: give a complete copy.");
    } catch (IOException e) {
      throw new MedmineUserException("Cannot read " + file + " (" + e.getMessage() + ").", e);
    }
  }

  private static BufferedReader open(Path file) throws IOException {
    InputStream raw = new java.io.BufferedInputStream(Files.newInputStream(file));
    raw.mark(2);
    int b1 = raw.read();
    int b2 = raw.read();
    raw.reset();
    InputStream in = b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(raw, 1 << 16) : raw;
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  private VcfSample read(String file, BufferedReader in) throws IOException {
    String sample = null;
    Map<String, VcfGenotype> genotypes = new HashMap<>();
    List<VcfProblem> problems = new ArrayList<>();
    long lineNo = 0;
    long dataLines = 0;
    boolean sawFormat = false;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNo++;
      if (lineNo == 1 && !line.startsWith("##fileformat=VCF")) {
        throw new MedmineUserException(
            file + " is not a VCF (its first line is not ##fileformat=VCF...): give a VCF file.");
      }
      if (line.startsWith("##")) {
        continue;
      }
      if (line.startsWith("#")) {
        sample = sampleOf(file, lineNo, line);
        sawFormat = true;
        continue;
      }
      if (!sawFormat) {
        throw new MedmineUserException(
            file + " has data before its #CHROM header line (line " + lineNo + "): fix the file.");
      }
      if (line.isBlank()) {
        continue;
      }
      dataLines++;
      VcfLine.parse(file, lineNo, line, wanted, genotypes, problems);
    }
    if (sample == null) {
      throw new MedmineUserException(file + " has no #CHROM header line: give a complete VCF.");
    }
    return new VcfSample(file, sample, genotypes, problems, dataLines);
  }

  private static String sampleOf(String file, long lineNo, String header) {
    String[] cols = header.split("\t", -1);
    if (cols.length < 10 || !cols[0].equals("#CHROM") || !cols[8].equals("FORMAT")) {
      throw new MedmineUserException(
          file
              + " line "
              + lineNo
              + " is not a VCF #CHROM header with FORMAT and one sample column: give a single-sample VCF.");
    }
    if (cols.length > 10) {
      throw new MedmineUserException(
          file
              + " holds "
              + (cols.length - 9)
              + " samples: give a VCF of one sample (e.g. bcftools view -s NAME).");
    }
    return cols[9];
  }
}
