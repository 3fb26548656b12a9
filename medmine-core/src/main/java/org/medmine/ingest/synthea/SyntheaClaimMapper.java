package org.medmine.ingest.synthea;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medmine.model.Table;
import org.medmine.warehouse.Row;

/**
 * Maps claims_transactions.csv and claims.csv to {@code claim} and {@code claim_line}.
 *
 * <p>claims.csv has no amounts: a claim's {@code total} is the sum of its CHARGE transactions and
 * its {@code payment} the sum of its PAYMENT transactions (of the lines that are stored; a
 * quarantined transaction counts in neither). Transactions are read first (see {@link
 * SyntheaCsvFile}); while they are, this mapper keeps two sums in cents per claim (about 150 bytes
 * a claim), and gives them to the claim when claims.csv names it. Each CHARGE becomes a claim line
 * of kind {@code item} (id = the transaction's ID); PAYMENT, ADJUSTMENT and TRANSFER transactions
 * are stored as their part of those sums and make no row of their own. Each DIAGNOSISn of a claim
 * becomes a claim line of kind {@code diagnosis} with id {@code <claim>#d<n>}, as the FHIR mapper
 * names them.
 */
final class SyntheaClaimMapper {
  private final Map<String, long[]> sums = new HashMap<>();

  List<Row> transaction(CsvLine l, String id) {
    String claim = l.required("CLAIMID");
    String type = l.required("TYPE").toUpperCase(Locale.ROOT);
    switch (type) {
      case "CHARGE" -> {
        BigDecimal amount = l.money("AMOUNT");
        Row line = new Row(Table.CLAIM_LINE).set("id", id).set("claim_id", claim);
        line.set("patient_id", l.required("PATIENTID")).set("line_kind", "item");
        Long sequence = l.count("CHARGEID");
        line.set("sequence", sequence == null ? null : Math.toIntExact(sequence));
        line.set("code", l.text("PROCEDURECODE")).set("code_display", l.text("NOTES"));
        line.set("encounter_id", l.text("APPOINTMENTID"));
        line.set("service_start", l.time("FROMDATE")).set("service_end", l.time("TODATE"));
        line.set("quantity", l.number("UNITS"))
            .set("unit_price", l.money("UNITAMOUNT"))
            .set("net", amount);
        add(
            claim, 0,
            amount); // only once the line maps: a quarantined charge is not part of the total
        return List.of(line);
      }
      case "PAYMENT" -> {
        add(claim, 1, l.money("PAYMENTS"));
        return List.of();
      }
      case "ADJUSTMENT", "TRANSFERIN", "TRANSFEROUT" -> {
        l.money("AMOUNT");
        return List.of();
      }
      default ->
          throw new SyntheaFormatException(
              l.file()
                  + " column TYPE: '"
                  + type
                  + "' is not CHARGE, PAYMENT, ADJUSTMENT, TRANSFERIN or TRANSFEROUT");
    }
  }

  private void add(String claim, int which, BigDecimal amount) {
    long[] s = sums.computeIfAbsent(claim, k -> new long[] {0, 0, 0});
    if (amount != null) {
      s[which] += amount.unscaledValue().longValueExact();
      s[2] |= 1L << which;
    }
  }

  List<Row> claim(CsvLine l, String id) {
    String patient = l.required("PATIENTID");
    Row claim = new Row(Table.CLAIM).set("id", id).set("patient_id", patient).set("kind", "claim");
    claim.set("encounter_id", l.text("APPOINTMENTID")).set("provider_id", l.text("PROVIDERID"));
    claim.set("payer_id", l.text("PRIMARYPATIENTINSURANCEID"));
    claim.set("start_time", l.time("SERVICEDATE")).set("end_time", l.time("SERVICEDATE"));
    long[] s = sums.remove(id);
    if (s != null) {
      claim.set("total", (s[2] & 1) != 0 ? BigDecimal.valueOf(s[0], 2) : null);
      claim.set("payment", (s[2] & 2) != 0 ? BigDecimal.valueOf(s[1], 2) : null);
    }
    List<Row> rows = new ArrayList<>();
    rows.add(claim);
    for (int n = 1; n <= 8; n++) {
      String code = l.text("DIAGNOSIS" + n);
      if (code == null) {
        continue;
      }
      if (n <= 4) {
        claim.set("diagnosis_" + n + "_code", code);
      }
      rows.add(
          new Row(Table.CLAIM_LINE)
              .set("id", id + "#d" + n)
              .set("claim_id", id)
              .set("patient_id", patient)
              .set("sequence", n)
              .set("line_kind", "diagnosis")
              .set("code_system", SyntheaClinicalMapper.SNOMED)
              .set("code", code)
              .set("encounter_id", l.text("APPOINTMENTID")));
    }
    return rows;
  }
}
