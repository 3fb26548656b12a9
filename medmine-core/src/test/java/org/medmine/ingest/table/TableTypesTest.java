package org.medmine.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.model.MedmineUserException;

/** Type inference and missing-value tokens on hand-made tables, read through DuckDB. */
class TableTypesTest {
  @TempDir Path dir;

  private Path csv(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    return f;
  }

  private Map<String, ColumnProfile> profiles(Path file, List<String> na) {
    try (TableSource t = TableSource.open(file, "256MB", MissingTokens.of(na))) {
      return TableProfiler.stats(t, t.columns()).stream()
          .map(s -> TypeInference.infer(s, file.toString()))
          .collect(Collectors.toMap(ColumnProfile::name, Function.identity()));
    }
  }

  /** A table of {@code n} rows whose columns each hold one kind of value. */
  private Path kinds(int n) throws IOException {
    StringBuilder b = new StringBuilder("weight,stage,ageband,visit,diag_1,icd10,ward,y\n");
    String[] icd10 = {"E11.9", "I10", "J45.909", "N18.3", "C50.911", "F32.9", "K21.9", "M54.5"};
    String[] icd9 = {"250.83", "428", "V57", "E909", "414.01", "786.50", "276.1", "599.0"};
    for (int i = 0; i < n; i++) {
      b.append(60.5 + i % 7)
          .append(',')
          .append(1 + i % 4)
          .append(",[")
          .append(10 * (i % 5))
          .append('-')
          .append(10 * (i % 5) + 10)
          .append("),2020-01-")
          .append(String.format("%02d", 1 + i % 28))
          .append(',')
          .append(icd9[i % 8] + (i % 3 == 0 ? "" : ""))
          .append(',')
          .append(icd10[i % 8].replace(".9", "." + (i % 10)))
          .append(',')
          .append(i % 2 == 0 ? "north" : "south")
          .append(',')
          .append(i % 2)
          .append('\n');
    }
    return csv("kinds.csv", b.toString());
  }

  @Test
  void eachKindOfColumnIsRecognised() throws IOException {
    Map<String, ColumnProfile> p = profiles(kinds(60), List.of());
    assertThat(p.get("weight").kind()).isEqualTo(ColumnKind.NUMERIC);
    assertThat(p.get("stage").kind()).isEqualTo(ColumnKind.ORDINAL);
    assertThat(p.get("ageband").kind()).isEqualTo(ColumnKind.ORDINAL);
    assertThat(p.get("visit").kind()).isEqualTo(ColumnKind.DATE);
    assertThat(p.get("diag_1").kind()).isEqualTo(ColumnKind.CODE);
    assertThat(p.get("diag_1").icd9()).isTrue();
    assertThat(p.get("icd10").kind()).isEqualTo(ColumnKind.CODE);
    assertThat(p.get("icd10").icd9()).isFalse();
    assertThat(p.get("ward").kind()).isEqualTo(ColumnKind.CATEGORICAL);
    assertThat(p.get("y").kind()).isEqualTo(ColumnKind.NUMERIC);
  }

  @Test
  void missingTokensAreCountedAndDoNotMakeANumberColumnText() throws IOException {
    Path f =
        csv(
            "na.csv",
            "a,b,c\n1.5,x,-999\n?,y,2\nNA,x,3\n,y,4\nNULL,x,5\nNone,y,6\n7.25,x,-999\n8,y,9\n");
    Map<String, ColumnProfile> p = profiles(f, List.of("-999"));
    assertThat(p.get("a").kind()).isEqualTo(ColumnKind.NUMERIC);
    assertThat(p.get("a").missing()).isEqualTo(5);
    assertThat(p.get("c").missing()).isEqualTo(2);
    try (TableSource t = TableSource.open(f, "256MB", MissingTokens.of(List.of("-999")))) {
      assertThat(TableProfiler.tokenCounts(t, t.columns()))
          .containsEntry("?", 1L)
          .containsEntry("NA", 1L)
          .containsEntry("", 1L)
          .containsEntry("NULL", 1L)
          .containsEntry("None", 1L)
          .containsEntry("-999", 2L);
    }
    // without --na -999 the column is a plain number column with no missing value
    assertThat(profiles(f, List.of()).get("c").missing()).isZero();
  }

  @Test
  void aColumnOfNumbersWithTextIsRefusedNamingTheColumnTheValueAndItsLine() throws IOException {
    Path f = csv("mixed.csv", "bmi,y\n21.5,0\n22,1\nunknown,0\n25,1\n");
    assertThatThrownBy(() -> profiles(f, List.of()))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("Column 'bmi'")
        .hasMessageContaining("mixes numbers with text")
        .hasMessageContaining("'unknown' on line 4")
        .hasMessageContaining("--na");
    assertThat(profiles(f, List.of("unknown")).get("bmi").kind()).isEqualTo(ColumnKind.NUMERIC);
  }

  @Test
  void aColumnMissingInEveryRowIsRefused() throws IOException {
    Path f = csv("empty.csv", "a,b,y\n1,NA,0\n2,,1\n3,?,0\n");
    assertThatThrownBy(() -> profiles(f, List.of()))
        .isInstanceOf(MedmineUserException.class)
        .hasMessage("Column 'b' of " + f + " is missing in every row: leave it out with --drop b.");
  }

  @Test
  void aFileThatIsNotATableIsRefused() throws IOException {
    Path prose = csv("prose.csv", "Dear colleague\nplease find attached\n");
    assertThatThrownBy(() -> TableSource.open(prose, "256MB", MissingTokens.of(List.of())))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("is not a table DuckDB can read");
    Path binary = dir.resolve("image.parquet");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3});
    assertThatThrownBy(() -> TableSource.open(binary, "256MB", MissingTokens.of(List.of())))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("is not a table DuckDB can read");
  }

  @Test
  void aTypesFileOverridesTheInferredKind() throws IOException {
    Path types = csv("types.txt", "# stage is a category here\nstage,categorical\n");
    Map<String, ColumnKind> declared = TypesFile.read(types, List.of("stage", "y"));
    assertThat(declared).containsEntry("stage", ColumnKind.CATEGORICAL);
    Path bad = csv("bad.txt", "stage,colour\n");
    assertThatThrownBy(() -> TypesFile.read(bad, List.of("stage")))
        .hasMessageContaining("line 1 names the type 'colour'");
  }

  @Test
  void ordinalBandsAreReadInTheirOrder() throws IOException {
    Path f = csv("bands.csv", "size,y\n<20,0\n20-50,1\n>50,1\n[40-50),0\n<20,1\n>50,0\n");
    try (TableSource t = TableSource.open(f, "256MB", MissingTokens.of(List.of()))) {
      ColumnProfile size = TypeInference.infer(TableProfiler.stats(t, List.of("size")).get(0), "f");
      assertThat(size.kind()).isEqualTo(ColumnKind.ORDINAL);
      TableData d = TableReader.read(t, List.of(size), new TableReader.Roles("y", null, List.of()));
      assertThat(d.numbers()[0]).containsExactly(19.5, 20, 50.5, 40, 19.5, 50.5);
      assertThat(d.lines()).containsExactly(2, 3, 4, 5, 6, 7);
      assertThat(d.groups()[0]).isNotEqualTo(d.groups()[1]); // no --group: each row its own
    }
  }

  @Test
  void aParquetFileIsReadAsTheSameTable() throws Exception {
    Path csv = kinds(40);
    Path parquet = dir.resolve("kinds.parquet");
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        java.sql.Statement s = c.createStatement()) {
      s.execute(
          "COPY (SELECT * FROM read_csv('"
              + csv
              + "', all_varchar = true)) TO '"
              + parquet
              + "' (FORMAT parquet)");
    }
    Map<String, ColumnProfile> fromCsv = profiles(csv, List.of());
    Map<String, ColumnProfile> fromParquet = profiles(parquet, List.of());
    assertThat(fromParquet).isEqualTo(fromCsv);
    try (TableSource t = TableSource.open(parquet, "256MB", MissingTokens.of(List.of()))) {
      assertThat(t.headerLines()).isZero();
    }
  }
}
