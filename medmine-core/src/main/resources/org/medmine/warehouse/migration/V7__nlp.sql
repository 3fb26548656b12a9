-- medmine warehouse, schema version 7: concepts found in notes (issue 17).

-- One row per concept mention of a note, with its ConText judgement (Harkema et al. 2009). Rebuilt by every
-- 'medmine nlp' run in one transaction: a run replaces the table, a run that dies leaves the previous one.
-- span_start and span_end are character (UTF-16) offsets into note.text, end exclusive; section is the kind of
-- note section the mention lies in (HISTORY_OF_PRESENT_ILLNESS, FAMILY_HISTORY, ...); concept_id is the lexicon
-- concept (a shipped id, or system|code of a warehouse display); code_system and code its first code, NULL
-- when the lexicon knows none; marker the mental-health marker (depression, anxiety, suicidal_ideation,
-- self_harm, substance_use) or NULL; assertion affirmed|negated|possible|hypothetical, temporality
-- recent|historical, experiencer patient|family|other; trigger the triggers (or section defaults) that decided
-- them, nearest first, joined by '; ', NULL when none fired.
CREATE TABLE note_concept (
  source VARCHAR NOT NULL, note_id VARCHAR NOT NULL, patient_id VARCHAR NOT NULL,
  span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, section VARCHAR NOT NULL,
  concept_id VARCHAR NOT NULL, concept VARCHAR NOT NULL, category VARCHAR NOT NULL, marker VARCHAR,
  code_system VARCHAR, code VARCHAR, text VARCHAR NOT NULL,
  assertion VARCHAR NOT NULL, temporality VARCHAR NOT NULL, experiencer VARCHAR NOT NULL, trigger VARCHAR
);
