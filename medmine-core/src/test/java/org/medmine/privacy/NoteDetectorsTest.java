package org.medmine.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One case per form for each detector family: each row is a note fragment, the PHI in it, and its
 * type. A row passes when a span of that type covers the PHI exactly or contains it.
 */
class NoteDetectorsTest {
  private final PhiScrubber scrubber = new PhiScrubber();

  private void finds(String text, String phi, PhiType type) {
    int at = text.indexOf(phi);
    List<PhiSpan> spans = scrubber.find(text, KnownIdentifiers.NONE);
    assertThat(spans)
        .as("%s in '%s': %s", phi, text, spans)
        .anyMatch(s -> s.type() == type && s.start() <= at && s.end() >= at + phi.length());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "Family meeting on 7/22 with son.|7/22",
        "Last well on 7-22 per wife.|7-22",
        "Seen July 22nd in clinic.|July 22nd",
        "CT 22 Jul 2019 showed no change.|22 Jul 2019",
        "Readmitted the 22nd after a fall.|22nd",
        "s/p CABG in 2015 at OSH.|2015",
        "Visited around Christmas.|Christmas",
        "DOB: 07/22/19|07/22/19",
        "Date: 2019-07-22|2019-07-22",
        "Prior from Jul 2019 unavailable.|Jul 2019",
        "Admission Date: 22JUL2019|22JUL2019",
        "Outside films ('98) reviewed.|'98",
        "Discharged on the 3rd of May.|3rd of May",
        "Seen 4.12.21 in clinic.|4.12.21"
      })
  void findsDatesInEveryForm(String text, String phi) {
    finds(text, phi, PhiType.DATE);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "Dr. Smith paged re: BP.|Smith",
        "Discussed with MD Jones; no new orders.|Jones",
        "Wife Mary at bedside.|Mary",
        "Spoke with son Tom by phone.|Tom",
        "Patient: Mary Brown|Mary Brown",
        "Patient: BROWN, MARY  MRN 1234567|BROWN, MARY",
        "Report given to J. Okafor, RN.|J. Okafor",
        "report given to JS at 0700|JS",
        "Family (Rose) updated.|Rose",
        "lives with wife, mary, in a condo|mary",
        "Attending: Priya Natarajan, MD|Priya Natarajan",
        "Per Dr Kaplan, hold heparin.|Kaplan",
        "Maria Okafor is a 54 year old woman.|Maria Okafor",
        "Discharged home with Frank (friend).|Frank",
        "Pt's PCP is Dr. B. Young.|Young",
        "Sig: Ann Lee RN 0700|Ann Lee"
      })
  void findsNamesByContextAndLists(String text, String phi) {
    finds(text, phi, PhiType.NAME);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "H/o Parkinson's disease, on Sinemet.",
        "Foley catheter draining clear urine.",
        "Swan-Ganz catheter in place.",
        "Murphy's sign negative.",
        "Lasix 40 mg IV given, Coumadin held.",
        "Hx Graves disease.",
        "Cheyne-Stokes respirations noted.",
        "Bell's palsy on the left.",
        "Crohn's disease flare."
      })
  void leavesEponymsAndDrugsAlone(String text) {
    assertThat(scrubber.scrub(text).text()).as(text).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "Transferred from Mercy Hospital for cath.|Mercy Hospital|LOCATION",
        "Transferred from MERCY HOSPITAL for cath.|MERCY HOSPITAL|LOCATION",
        "Seen at St. Luke's Medical Center.|St. Luke's Medical Center|LOCATION",
        "Pt transferred to Ellison 11 at 1600.|Ellison 11|LOCATION",
        "Moved to 7 North overnight.|7 North|LOCATION",
        "Lives in Quincy with his wife.|Quincy|CITY",
        "Lives in SOMERVILLE with son.|SOMERVILLE|CITY",
        "Address: 12 Maple Street, Framingham, MA 01701|Framingham|CITY",
        "Address: 12 Maple Street, Framingham, MA 01701|MA|STATE",
        "Address: 12 Maple Street, Framingham, MA 01701|12 Maple Street|ADDRESS",
        "Address: 12 Maple Street, Framingham, MA 01701|01701|ZIP",
        "Moved here from Ohio in May.|Ohio|STATE",
        "Pt from New Bedford.|New Bedford|CITY"
      })
  void findsPlaces(String text, String phi, PhiType type) {
    finds(text, phi, type);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "Call (617) 555-0134 with questions.|(617) 555-0134|PHONE",
        "Son's cell 555-0134.|555-0134|PHONE",
        "Pager 12345.|12345|PHONE",
        "Fax 617.555.0134.|617.555.0134|PHONE",
        "Pt is a 92 yo woman.|92|AGE",
        "A 95-year-old man.|95|AGE",
        "Patient aged 91.|91|AGE",
        "She is in her 90s.|90s|AGE",
        "MRN: 1234567|1234567|ID",
        "Acct # 88-1234567.|88-1234567|ID",
        "Licence no. S12345678.|S12345678|ID",
        "Pacemaker serial PJN123456.|PJN123456|ID",
        "SSN 123-45-6789.|123-45-6789|SSN",
        "jo@example.org|jo@example.org|EMAIL",
        "Portal https://portal.example.org/u/12|https://portal.example.org/u/12|URL",
        "From 10.2.33.4 at login.|10.2.33.4|IP"
      })
  void findsIdentifiersWithAFormatOrALabel(String text, String phi, PhiType type) {
    finds(text, phi, type);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "A 67-year-old with DM.",
        "Pt is an 88 yo man.",
        "Temp 99 F.",
        "Neuro: A&Ox3, MAE.",
        "Plan: cont Lasix, recheck lytes in AM.",
        "NEURO: A&OX3, MAE, FOLLOWS COMMANDS. PLAN: CONT ATIVAN.",
        "Echo 11/2023 not available.",
        "Mild MR. Discharge disposition: home.",
        "Pt is an 83 yo F. Last admit at home."
      })
  void leavesOrdinaryClinicalTextAlone(String text) {
    List<PhiSpan> spans = scrubber.find(text, KnownIdentifiers.NONE);
    assertThat(spans).as(text).noneMatch(s -> s.type() == PhiType.NAME || s.type() == PhiType.AGE);
  }
}
