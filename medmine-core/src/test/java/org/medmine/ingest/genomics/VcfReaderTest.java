package org.medmine.ingest.genomics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.model.MedmineUserException;

/** Hand-written VCFs for the reader's edge cases. */
class VcfReaderTest {
  private static final String HEADER =
      "##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\n";

  @TempDir Path dir;

  private final VcfReader reader =
      new VcfReader(Set.of("10:100", "10:200", "10:300", "10:400", "10:500", "10:600"));

  private Path file(String name, String body) throws IOException {
    return Files.writeString(dir.resolve(name), HEADER + body);
  }

  @Test
  void readsPhasedUnphasedMultiallelicAndMissingCalls() throws IOException {
    Path vcf =
        file(
            "a.vcf",
            "chr10\t100\t.\tG\tA,T\t.\tPASS\t.\tGT:DP\t1|2:30\n"
                + "chr10\t200\t.\tC\tT\t.\tPASS\t.\tGT\t0/1\n"
                + "10\t300\t.\tC\t.\t.\tPASS\t.\tGT\t./.\n"
                + "chr10\t999\t.\tC\tT\t.\tPASS\t.\tGT\t1/1\n");
    VcfSample s = reader.read(vcf);
    assertThat(s.sample()).isEqualTo("S1");
    assertThat(s.dataLines()).isEqualTo(4);
    VcfGenotype multi = s.at("chr10", 100).orElseThrow();
    assertThat(multi.alleles()).containsExactly("A", "T");
    assertThat(multi.phased()).isTrue();
    VcfGenotype het = s.at("10", 200).orElseThrow();
    assertThat(het.phased()).isFalse();
    assertThat(het.heterozygous()).isTrue();
    assertThat(s.at("chr10", 300).orElseThrow().missing()).isTrue();
    assertThat(s.at("chr10", 400)).isEmpty();
    assertThat(s.at("chr10", 999)).as("not a wanted position").isEmpty();
  }

  @Test
  void readsGzip() throws IOException {
    Path gz = dir.resolve("a.vcf.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(
          (HEADER + "chr10\t100\t.\tG\tA\t.\tPASS\t.\tGT\t1/1\n").getBytes(StandardCharsets.UTF_8));
    }
    assertThat(reader.read(gz).at("chr10", 100).orElseThrow().alleles()).containsExactly("A", "A");
  }

  @Test
  void badLinesAreKeptWithFileLineAndReason() throws IOException {
    Path vcf =
        file(
            "bad.vcf",
            "chr10\tabc\t.\tG\tA\t.\tPASS\t.\tGT\t0/1\n"
                + "chr10\t100\t.\tG\tA\t.\tPASS\t.\tGT\t0/3\n"
                + "chr10\t200\t.\tC\tT\n"
                + "chr10\t400\t.\tC\tX\t.\tPASS\t.\tGT\t0/1\n"
                + "chr10\t500\t.\tC\tT\t.\tPASS\t.\tDP\t7\n"
                + "chr10\t600\t.\tC\tT\t.\tPASS\t.\tGT\t0/1\n"
                + "chr10\t600\t.\tC\tG\t.\tPASS\t.\tGT\t0/1\n");
    VcfSample s = reader.read(vcf);
    assertThat(s.problems())
        .extracting(VcfProblem::toString)
        .containsExactly(
            vcf + ":3: POS 'abc' is not a number",
            vcf + ":4: GT '0/3' is not a call",
            vcf + ":5: 5 columns, not 10",
            vcf + ":6: ALT 'X' is not a sequence of bases",
            vcf + ":7: FORMAT 'DP' has no GT",
            vcf
                + ":9: a second call at 10:600 (line 8 called it already): merge multi-allelic"
                + " records (bcftools norm -m+)");
    assertThat(s.at("chr10", 100)).isEmpty();
    assertThat(s.at("chr10", 600).orElseThrow().alleles()).containsExactly("C", "T");
  }

  @Test
  void splitMultiallelicRecordsMergeWhenOneIsReference() throws IOException {
    Path vcf =
        file(
            "split.vcf",
            "chr10\t100\t.\tG\tA\t.\tPASS\t.\tGT\t0/0\n"
                + "chr10\t100\t.\tG\tT\t.\tPASS\t.\tGT\t0/1\n");
    VcfSample s = reader.read(vcf);
    assertThat(s.problems()).isEmpty();
    assertThat(s.at("chr10", 100).orElseThrow().alleles()).containsExactly("G", "T");
  }

  @Test
  void refusesWhatIsNotOneSampleVcf() throws IOException {
    Path two =
        Files.writeString(
            dir.resolve("two.vcf"),
            "##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\tS2\n");
    assertThatThrownBy(() -> reader.read(two))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("holds 2 samples");
    Path text = Files.writeString(dir.resolve("x.vcf"), "hello\n");
    assertThatThrownBy(() -> reader.read(text))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("is not a VCF");
    assertThatThrownBy(() -> reader.read(dir.resolve("none.vcf")))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("There is no VCF file");
    Path truncated = dir.resolve("t.vcf.gz");
    var bytes = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(
          (HEADER + "chr10\t100\t.\tG\tA\t.\tPASS\t.\tGT\t1/1\n")
              .repeat(50)
              .getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = bytes.toByteArray();
    Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
    assertThatThrownBy(() -> reader.read(truncated)).isInstanceOf(MedmineUserException.class);
  }
}
