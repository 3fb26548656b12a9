package org.medmine.privacy;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentences the de-identification corpus builds notes from, in three styles (nursing notes,
 * discharge summaries, radiology reports). Each style has sentences both parts use and sentences
 * only one part uses, so the held-out part also holds phrasings the detectors were never tuned on.
 * A {@code {KEY}} is filled by {@link NoteCorpus}: PHI keys record a gold span, the others ({@code
 * {BP}}, {@code {ABG}}, ...) are clinical numbers that must stay.
 */
final class NoteTemplates {
  private NoteTemplates() {}

  static final List<String> NURSING_SHARED =
      List.of(
          "Neuro: A&Ox3, MAE, follows commands. Pain {PAIN}, medicated with {DOSE}.",
          "CV: HR {HR}, {BPFORM}. {RHYTHM}.",
          "Resp: on {VENT}. ABG {ABG}. Sats {SATS}.",
          "GI/GU: abd soft, +BS. {EPONYM}. UOP {UOP}.",
          "Spoke with {REL} who will visit tomorrow; phone {PHONE}.",
          "Dr. {DOCLAST} paged re: {BPFORM}, no new orders.",
          "Pt's {RELWORD} {RELNAME} called at 1400, updated on plan of care.",
          "Family meeting held on {SDATE} with {REL} and Dr. {DOCLAST}.",
          "Plan: cont {DRUG}, recheck lytes in AM. K {K}, Mg {MG}, Hct {HCT}.",
          "I/O {IO}. Net {NET} since midnight.",
          "Pt transferred to {WARD} at 1600, report given to {NURSE}.",
          "{NURSE} RN",
          "Social: lives with {REL} in {TOWN}. HCP is {REL}.",
          "Pt is a {AGE90} y/o woman admitted from {HOSP} on {HDATE} with {PROBLEM}.",
          "Strength {STRENGTH} bilat UE, GCS {GCS}.",
          "Per Dr. {DOCLAST}, hold {DRUG} tonight.");
  static final List<String> NURSING_DEV =
      List.of(
          "Wife {RELNAME} at bedside, very supportive, can be reached at {PHONE}.",
          "Called {RELWORD} {RELNAME} at home ({PHONE}), no answer, message left.",
          "BP labile {BPRANGE}, titrating {DRUG} per MD.",
          "Temp max {TEMP}, pan cultured, blood cx sent {SDATE}.",
          "Pt refused {DOSE} at 2200. Dr. {DOCFULL} aware.",
          "Vent settings AC {VENTSET}, weaning as tolerated.",
          "Pt from {TOWN}, was at {HOSP} in {YEAR} for similar episode.",
          "Plan to d/c to {HOSP} on {HDATE}.",
          "Pt transferred from {HOSPUPPER} for cath, OSH labs K/BUN 5.6/67.",
          "BP 63-70/27 on arrival, ABG 7.43/41, HR 110-120s, started on {DRUG}.",
          "Discussed with MD {DOCLAST}; will repeat lytes.",
          "Sig: {NURSE} RN {DATE} 2300",
          "Lives in {TOWNUPPER} with {REL}; {RELWORD} works nights.",
          "Pt is a {AGE90}yo F with h/o {PROBLEM}.",
          "Pt's PCP is Dr {DOCLAST}, who called at 1500.",
          "Per {RELWORD}, pt was last well on {HDATE}.",
          "Family ({RELNAME}) updated by phone at {PHONE} x{EXT}.",
          "Pt's {RELWORD}, {RELNAME}, called for update; HCP paperwork in chart.",
          "{RELWORD} ({RELNAME}) at bedside most of shift.",
          "Visitors: {REL} and {CONTACT}.",
          "SW ({DOCFIRST}) following for dispo; may need rehab at {HOSP}.",
          "Seen by Drs. {DOCLAST} and {DOCLAST2} on rounds.",
          "Dr {DOCLAST}'s team aware of {BPFORM}.",
          "Pt was in {TOWN} visiting family in early {MONTHNAME}.",
          "Labs drawn {DATE} @ 0600: K {K}, Mg {MG}.",
          "Case manager {NURSE} working on VNA referral; c: {PHONE}.",
          "Pt moved from CCU to {WARD} on {SDATE}.");
  static final List<String> NURSING_HELDOUT =
      List.of(
          "Daughter {RELNAME} in to visit this afternoon, tearful, emotional support given.",
          "Message left for {RELWORD} ({RELNAME}) at {PHONE} re: transfer.",
          "Sbp {SBPRANGE} overnight, {DRUG} gtt weaned off.",
          "Febrile to {TEMP}, ID consulted, repeat cx drawn on {HDATE}.",
          "Discussed with covering MD {DOCLAST}; plan to give {DOSE} x1.",
          "ABG on {VENTSET}: {ABG}.",
          "Lives alone in {TOWN}, {STATE}; neighbor {CONTACT} checks on her daily.",
          "Was seen in the ED at {HOSP} around {HOLIDAY}.",
          "OSH ({HOSPUPPER}) sent records: BP 70-80/30s, gas 7.21/60/55.",
          "Called {DOCFULL} (covering) re: K 5.6/67, awaiting callback.",
          "{NURSE}, RN - {DATE} 0700",
          "Plan per Dr {DOCLAST}: diurese, I/O goal -500 to -1L.",
          "Pt moved here from {TOWNUPPER}, {STATE} in {YEAR}.",
          "{AGE90} y.o. M s/p fall on {HDATE}, GCS 14/15 on arrival.");

  static final List<String> DISCHARGE_SHARED =
      List.of(
          "Admission Date: {DATE}   Discharge Date: {DATE}",
          "Patient: {PTFULL}   MRN: {MRN}   DOB: {DATE}",
          "Attending: {DOCFULL}, MD",
          "HISTORY OF PRESENT ILLNESS: {PTTITLE} is a {AGE} year old with {PROBLEM} who presented to {HOSP} on {SDATE}.",
          "He was last seen by his PCP Dr. {DOCLAST} in {MONTHYEAR}.",
          "Labs on admission: WBC {WBC}, Hct {HCT}, Plt {PLT}, INR {INR}, BUN/Cr {BUNCR}.",
          "Echo {SDATE}: EF {EF}, mild MR.",
          "HOSPITAL COURSE: {EPONYM}. Diuresed with {DOSE}; BP improved to {BP}.",
          "DISCHARGE MEDICATIONS: {DRUG} {DOSE} daily, {DRUG2} {DOSE} BID, {DRUG} {RATIOTAB} tab PRN.",
          "Discharge disposition: Extended care at {HOSP}, {TOWN}.",
          "Follow-up: Dr. {DOCLAST} in clinic on {HDATE} at 10:30; call {PHONE} with questions.",
          "Contact: {RELWORD} {RELNAME}, {PHONE}.",
          "Address: {STREET}, {TOWN}, {STATECODE} {ZIP}.",
          "Dictated by: {DOCFULL}, MD   cc: {DOCFULL}, MD",
          "Insurance: Medicare, policy # {POLICY}.",
          "Pt is {AGE90} years old and lives at home with {REL}.");
  static final List<String> DISCHARGE_DEV =
      List.of(
          "Transferred from {HOSP} where CT on {SDATE} showed {FINDING}.",
          "s/p CABG in {YEAR} at {HOSP}.",
          "The patient's {RELWORD}, {RELNAME}, is the health care proxy.",
          "She was discharged on {MONTHDAY} in stable condition.",
          "Pager {PAGER}. E-mail {EMAIL}.",
          "Patient seen with Dr. {DOCLAST} and NP {DOCFIRST} {DOCLAST}.",
          "Social Security number {SSN}. Patient portal: {URL}.",
          "MRN {MRN}; licence no. {LICENSE}.",
          "She lives at {STREET}, {TOWN}, {STATE} {ZIP} with {REL}.",
          "Mr. {PTLAST} was discharged home with {CONTACT} (friend) to help.",
          "HCP: {RELNAME} ({RELWORD}) {PHONE}.",
          "Per {DOCFULL} (renal), continue HD on {SDATE}.",
          "Admitted to {HOSPUPPER} in {MONTHNAME} {YEAR} for {PROBLEM}.",
          "{PTTITLE} was seen in {TOWN} clinic by Dr. {DOCLAST}.");
  static final List<String> DISCHARGE_HELDOUT =
      List.of(
          "Prior admission to {HOSP} {YEAR} for {PROBLEM}.",
          "Health care proxy: {RELNAME} ({RELWORD}), cell {PHONE}.",
          "Seen in follow up by {DOCFULL}, NP, who recommended {DRUG}.",
          "Readmitted {ORDINAL} of this month after a fall at home in {TOWN}.",
          "Home VNA: {HOSP}, fax {PHONE}; portal {URL}.",
          "Driver's license {LICENSE}; SSN {SSN}.",
          "Daughter prefers to be reached by e-mail ({EMAIL}).",
          "Friend {CONTACT} will drive him to appointments at {HOSP}.",
          "PATIENT NAME: {PTFULL}  UNIT NO: {MRN}",
          "Mrs. {PTLAST} tolerated the procedure well; discussed with her {RELWORD} {RELNAME}.");

  static final List<String> RADIOLOGY_SHARED =
      List.of(
          "EXAM: CT CHEST W/O CONTRAST   DATE: {DATE}",
          "ACCESSION #: {MRN}",
          "CLINICAL INDICATION: {AGE} y/o with {PROBLEM}.",
          "COMPARISON: {DATE}; outside films from {HOSP} ({YEAR}).",
          "FINDINGS: {FINDING}. {TUBES}.",
          "IMPRESSION: {FINDING}. Findings discussed with Dr. {DOCLAST} at 14:20 on {SDATE}.",
          "Read by: {DOCFULL}, MD. Workstation {IP}.",
          "Pacemaker serial {DEVICE}; device checked.");
  static final List<String> RADIOLOGY_DEV =
      List.of(
          "Study performed at {HOSP}, {TOWN}.",
          "Prior from {MONTHYEAR} unavailable for comparison.",
          "Results called to {DOCFIRST} {DOCLAST} (pager {PAGER}).",
          "Compared with study of {MONTHDAY} from {HOSPUPPER}.");
  static final List<String> RADIOLOGY_HELDOUT =
      List.of(
          "Outside study from {HOSP} dated {HDATE} reviewed.",
          "Communicated to covering physician {DOCFULL} by phone {PHONE}.",
          "Technologist: {NURSE}.",
          "Prior exam at {HOSP} on {HDATE} not available.");

  /** The sentences of a style for a part: the shared ones and the part's own. */
  static List<String> sentences(NoteCorpus.Style style, NoteCorpus.Part part) {
    List<String> out = new ArrayList<>();
    boolean dev = part == NoteCorpus.Part.DEV;
    switch (style) {
      case NURSING -> {
        out.addAll(NURSING_SHARED);
        out.addAll(dev ? NURSING_DEV : NURSING_HELDOUT);
      }
      case DISCHARGE -> {
        out.addAll(DISCHARGE_SHARED);
        out.addAll(dev ? DISCHARGE_DEV : DISCHARGE_HELDOUT);
      }
      default -> {
        out.addAll(RADIOLOGY_SHARED);
        out.addAll(dev ? RADIOLOGY_DEV : RADIOLOGY_HELDOUT);
      }
    }
    return out;
  }
}
