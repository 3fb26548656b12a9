package org.medmine.privacy;

import java.util.List;
import java.util.Locale;

/**
 * The clinical numbers and words of the corpus that are not PHI: blood pressures and their ranges,
 * blood gases, pain and strength scores, GCS, doses, ratios, intake and output, lab values, vent
 * settings, eponyms and drugs. They are the false alarms issue 16 saw (a blood pressure taken for a
 * date), so every note carries several.
 */
final class ClinicalFiller {
  private ClinicalFiller() {}

  static String fill(
      String key,
      PhiForms f,
      List<String> drugs,
      List<String> eponyms,
      List<String> problems,
      List<String> findings) {
    return switch (key) {
      case "PAIN" -> f.between(0, 10) + "/10";
      case "DOSE" ->
          f.pick(
              List.of(
                  f.between(1, 4) + " mg IV",
                  f.between(1, 2) + "-" + f.between(3, 4) + " mg",
                  "0." + f.between(1, 9) + " mg",
                  f.between(20, 80) + " mg PO",
                  f.between(1, 2) + " tabs",
                  "500 mg q6h"));
      case "HR" ->
          f.pick(
              List.of(
                  f.between(55, 120) + "",
                  f.between(6, 9) + "0-" + f.between(9, 11) + "0s",
                  "70s-80s"));
      case "BPFORM" ->
          f.pick(
              List.of(
                  "BP " + bp(f),
                  "SBP " + f.between(60, 70) + "-" + f.between(71, 80) + "/" + f.between(25, 40),
                  "BP "
                      + f.between(9, 12)
                      + "0s-"
                      + f.between(13, 16)
                      + "0s/"
                      + f.between(5, 7)
                      + "0s",
                  "MAP " + f.between(55, 70) + "-" + f.between(71, 90),
                  "BP " + bp(f) + " -> " + bp(f)));
      case "BP" -> bp(f);
      case "BPRANGE" ->
          f.between(80, 100)
              + "-"
              + f.between(140, 180)
              + "/"
              + f.between(40, 60)
              + "-"
              + f.between(70, 100);
      case "SBPRANGE" -> f.between(80, 95) + "-" + f.between(96, 130);
      case "RHYTHM" ->
          f.pick(
              List.of(
                  "NSR with occasional PVCs", "AFib 90-110s", "ST 100-110, no ectopy", "SB 50s"));
      case "VENT" ->
          f.pick(
              List.of(
                  f.between(2, 4) + "L NC",
                  "AC "
                      + f.between(4, 6)
                      + "00x"
                      + f.between(12, 20)
                      + ", PEEP "
                      + f.between(5, 10)
                      + ", FiO2 "
                      + f.between(3, 6)
                      + "0%",
                  "50% face tent",
                  "CPAP 5/5"));
      case "ABG" ->
          "7."
              + f.between(20, 49)
              + "/"
              + f.between(30, 70)
              + "/"
              + f.between(60, 180)
              + (f.chance(0.4) ? "/" + f.between(18, 30) : "");
      case "SATS" -> f.between(88, 94) + "-" + f.between(95, 100) + "%";
      case "UOP" -> f.between(20, 40) + "-" + f.between(50, 100) + " cc/hr";
      case "K" -> f.between(3, 5) + "." + f.between(0, 9);
      case "MG" -> f.between(1, 2) + "." + f.between(0, 9);
      case "HCT" -> f.between(22, 40) + "." + f.between(0, 9);
      case "IO" -> f.between(8, 30) + "00/" + f.between(4, 20) + "00";
      case "NET" -> "+" + f.between(1, 9) + "00 cc";
      case "STRENGTH" -> f.between(3, 5) + "/5";
      case "GCS" -> f.between(3, 15) + "/15";
      case "TEMP" -> f.between(100, 103) + "." + f.between(0, 9);
      case "VENTSET" ->
          f.between(4, 6)
              + "00x"
              + f.between(10, 22)
              + "/"
              + f.between(5, 12)
              + "/"
              + f.between(3, 6)
              + "0%";
      case "WBC" -> f.between(3, 25) + "." + f.between(0, 9);
      case "PLT" -> String.valueOf(f.between(40, 450));
      case "INR" -> "1." + f.between(0, 9);
      case "BUNCR" -> f.between(10, 80) + "/" + f.between(0, 4) + "." + f.between(0, 9);
      case "EF" ->
          f.chance(0.5) ? f.between(20, 65) + "%" : f.between(2, 5) + "0-" + f.between(3, 6) + "5%";
      case "RATIOTAB" -> "1/2";
      case "DRUG", "DRUG2" -> f.pick(drugs);
      case "EPONYM" -> f.pick(eponyms);
      case "PROBLEM" -> f.pick(problems);
      case "FINDING" ->
          f.pick(findings)
              + (f.chance(0.3)
                  ? ", " + f.pick(List.of("1/2", "2/3", "3/4")) + " of prior size"
                  : "");
      case "TUBES" ->
          f.pick(
              List.of(
                  "ETT 3 cm above the carina",
                  "NGT tip in the stomach",
                  "R IJ Cordis tip in the SVC",
                  "PICC tip at the cavoatrial junction"));
      default ->
          throw new IllegalArgumentException(
              "no filler for {" + key.toLowerCase(Locale.ROOT) + "}");
    };
  }

  private static String bp(PhiForms f) {
    return f.between(85, 170) + "/" + f.between(40, 100);
  }
}
