package org.medmine.ingest.synthea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.medmine.ingest.IngestOptions.CsvReading;
import org.medmine.ingest.IngestResult;
import org.medmine.testing.WarehouseDiff;

/**
 * The edge cases of {@link SyntheaCsvReaderTest} with the DuckDB-native path forbidden to fall back
 * to the Java reader: every case but the unterminated quote is handled by DuckDB and SQL alone,
 * with the same rows, quarantine entries (file, line, reason, text) and counts.
 */
class SyntheaCsvNativeStrictTest extends SyntheaCsvReaderTest {
  @Override
  CsvReading reading() {
    return CsvReading.NATIVE_STRICT;
  }

  /**
   * Bad and unusual values, read once by the Java reader and once by the native path alone: the two
   * warehouses hold the same rows and the same quarantine entries (file, line, reason, text), value
   * for value.
   */
  @Test
  void theNativePathAndTheJavaReaderAgreeOnBadAndUnusualValues() throws Exception {
    write(
        "patients.csv",
        PATIENTS_HEADER,
        P1,
        "  ,1970-05-04,,,,,,Bo,,Li,,,,white,hispanic,M,,,,,,,,1,2,0,0,0",
        "p3,1970-02-30,,,,,,Cy,,Ma,,,,white,hispanic,M,,,,,,,,1,2,0,0,0",
        "p4,1971-01-01,2020-01-01T10:00:00+05:30,,,,,Di,Q,Ng,,,,black,nonhispanic,X,,,,,,,,1,2,0,0,0",
        "p5,1972-01-01,,,,,,Ed,,Oz,,,,black,nonhispanic,F,Rome  Lazio  IT  ,,,,,,,north,2,12.345,0.125,1e3",
        "p6,1973-01-01,2021-03-04T05:06:07.5-02:00,,,,Dr.,Fa,Gi,Ho,,,,other,hispanic,m,,,,,,,, 3 ,4,12.355,0,7");
    write(
        "encounters.csv",
        ENCOUNTERS_HEADER,
        "e1,2020-01-02T10:00:00Z,2020-01-02T11:00:00Z,p1,o1,d1,y1,wellness,162673000,Exam,136.80,136.80,0,,",
        "e2,2020-01-02T10:00:00Z,,p1,o1,d1,y1,wellness,162673000,Exam,1,1,0,,,extra",
        "e3,2020-01-02 10:00:00Z,,p1,o1,d1,y1,wellness,162673000,Exam,1,1,0,,",
        "e4,2020-01-02T10:00:00Z,,p1,o1,d1,y1,,162673000,Exam,1,1,0,,");
    write(
        "observations.csv",
        OBSERVATIONS_HEADER,
        "2020-01-02T10:00:00Z,p1,e1,vital-signs,8302-2,Body Height,162.7,cm,numeric",
        "2020-01-02T10:00:00Z,p1,e1,vital-signs,8302-2,Body Height,162.7,cm,numeric",
        "2020-01-02T10:00:00Z,p1,e1,vital-signs,8302-2,Body Height,NaN,cm,numeric",
        "2020-01-02T10:00:00Z,p1,e1,survey,93031-3,Need,\"A, \"\"B\"\"\",,text",
        "2020-01-02T10:00:00Z,p1,e1,survey,93031-3,Need,x,,blob",
        "2020-01-02,p1,,survey,QOLS,Quality of life,0.9,,numeric");
    write(
        "medications.csv",
        "START,STOP,PATIENT,PAYER,ENCOUNTER,CODE,DESCRIPTION,BASE_COST,PAYER_COVERAGE,DISPENSES,TOTALCOST,REASONCODE,"
            + "REASONDESCRIPTION",
        "2020-01-02T10:00:00Z,,p1,y1,e1,313782,Drug,1.5,0,3.0,4.5,,",
        "2020-01-02T10:00:00Z,,p1,y1,e1,313782,Drug,1.5,0,2.5,4.5,,",
        "2020-01-02T10:00:00Z,,p1,y1,e1,313782,Drug,1.5,0,many,4.5,72892002,Cough");
    write(
        "claims_transactions.csv",
        "ID,CLAIMID,CHARGEID,PATIENTID,TYPE,AMOUNT,METHOD,FROMDATE,TODATE,PROCEDURECODE,UNITS,NOTES,UNITAMOUNT,"
            + "PAYMENTS,APPOINTMENTID",
        "t1,c1,0,p1,CHARGE,100.005,,2020-01-02T10:00:00Z,2020-01-02T11:00:00Z,162673000,1,Exam,100,,e1",
        "t2,c1,1.5,p1,CHARGE,1,,2020-01-02T10:00:00Z,2020-01-02T11:00:00Z,162673000,1,Exam,1,,e1",
        "t3,c1,2,p1,CHARGE,1,,2020-01-02T10:00:00Z,2020-01-02T11:00:00Z,162673000,inf,Exam,1,,e1",
        "t4,c1,3,p1,payment,,COPAY,,,,,,,7.5,e1",
        "t5,c1,4,p1,TRANSFERIN,abc,,,,,,,,,e1");
    Path csv =
        write(
            "claims.csv",
            "Id,PATIENTID,PROVIDERID,PRIMARYPATIENTINSURANCEID,DIAGNOSIS1,DIAGNOSIS5,APPOINTMENTID,"
                + "SERVICEDATE",
            "c1,p1,d1,y1,72892002,44054006,e1,2020-01-02T10:00:00Z",
            "c2,p1,d1,y1,,,e1,2020-01-02T10:00:00Z");
    Path java = dir.resolve("java.duckdb");
    Path nat = dir.resolve("native.duckdb");
    IngestResult j = ingest(csv, java, CsvReading.JAVA);
    IngestResult n = ingest(csv, nat);
    assertThat(n.quarantined()).isEqualTo(j.quarantined()).isGreaterThanOrEqualTo(10);
    assertThat(n.stored()).isEqualTo(j.stored()).isPositive();
    assertThat(WarehouseDiff.differences(java, nat)).isEmpty();
  }

  /**
   * An unterminated quote swallows the lines after it into one field: the native path refuses the
   * run.
   */
  @Override
  @Test
  void anUnterminatedQuoteCostsTheRestOfTheFileButNotTheLinesBeforeIt() throws Exception {
    write("patients.csv", PATIENTS_HEADER, P1);
    Path csv =
        write(
            "observations.csv",
            OBSERVATIONS_HEADER,
            "2020-01-02T10:00:00Z,p1,e1,vital-signs,8302-2,Body Height,162.7,cm,numeric",
            "2020-01-02T10:00:00Z,p1,e1,survey,93031-3,Need,\"never closed,,text");
    assertThatThrownBy(() -> ingest(csv, dir.resolve("w.duckdb")))
        .isInstanceOf(NativeCsvRefused.class);
  }
}
