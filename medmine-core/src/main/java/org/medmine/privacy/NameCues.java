package org.medmine.privacy;

import java.util.Set;

/**
 * The context cues of person names in notes: titles ("Dr.", "Mrs."), relations ("wife", "son", "HCP"), verbs
 * of contact ("spoke with", "paged", "per"), labels ("Name:", "Attending:"), credentials written after a name
 * ("RN", "MD") and the clinical nouns that turn a surname into an eponym ("Foley catheter", "Parkinson's
 * disease"). The cue lists follow the categories of Neamatullah et al. 2008 (PhysioNet deid) and of Norgeot et
 * al. 2020 (Philter, npj Digit Med 3:57), written anew for medmine.
 */
final class NameCues {
  static final Set<String> TITLES = Set.copyOf(java.util.Arrays.asList("dr", "drs", "doctor", "mr", "mrs", "ms", "miss", "mx", "prof", "professor",
      "rev", "reverend", "father", "fr", "sr", "nurse", "dra", "sen", "judge", "officer"));
  static final Set<String> RELATIONS = Set.copyOf(java.util.Arrays.asList("wife", "husband", "son", "daughter", "mother", "mom", "father", "dad",
      "sister", "brother", "sibling", "aunt", "uncle", "niece", "nephew", "cousin", "grandson", "granddaughter",
      "grandmother", "grandfather", "grandma", "grandpa", "friend", "neighbor", "neighbour", "partner", "boyfriend",
      "girlfriend", "fiance", "fiancee", "spouse", "guardian", "hcp", "proxy", "roommate", "caregiver", "stepson",
      "stepdaughter", "stepmother", "stepfather", "daughter-in-law", "son-in-law", "ex-wife", "ex-husband",
      "companion", "landlord", "coworker", "pastor", "priest", "rabbi", "sponsor", "goddaughter", "godson", "child",
      "grandchild", "dtr", "bro", "sis", "twin", "poa", "conservator", "visitor", "significant other", "so", "contact",
      "nok", "family"));
  static final Set<String> VERBS = Set.copyOf(java.util.Arrays.asList("spoke", "speaking", "talked", "called", "calling", "paged", "page", "per",
      "notified", "informed", "updated", "d/w", "discussed", "seen", "signed", "dictated", "cosigned", "reviewed",
      "examined", "evaluated", "covering", "covered", "accompanied", "visited", "met", "named", "attending", "resident",
      "fellow", "intern", "pcp", "cc", "np", "pa", "rn", "md", "msw", "sw", "cm", "name", "patient", "pt", "provider",
      "physician", "surgeon", "cardiologist", "oncologist", "nephrologist", "neurologist", "psychiatrist",
      "therapist", "dictating", "signing", "reported", "message", "left", "plan", "consulted", "consult", "contacted",
      "texted", "emailed", "faxed", "wrote", "note", "by", "with", "from", "to", "and", "for", "aka", "nee", "née",
      "mrs", "goes", "prefers", "from:", "to:", "given", "report", "endorsed", "handed"));
  /** Cues that mark a name even when it is an ordinary English word ("wife Rose", "Attending: Young"). */
  static final Set<String> STRONG = Set.copyOf(java.util.Arrays.asList("name", "patient", "pt", "attending", "resident", "fellow", "intern",
      "pcp", "cc", "signed", "dictated", "cosigned", "named", "aka", "nee", "née", "paged", "spoke", "d/w",
      "covering", "per", "provider", "np", "pa", "md", "rn", "given", "report", "endorsed", "manager", "sw", "cm",
      "worker", "chaplain", "pharmacist", "dietitian", "nutritionist", "interpreter", "translator", "physician", "surgeon", "cardiologist", "oncologist", "nephrologist",
      "neurologist", "psychiatrist", "therapist", "notified", "called", "contacted"));
  /** Words of a hand-off, after which even bare initials are a person ("report given to JS"). */
  static final Set<String> HANDOFF = Set.of("given", "report", "endorsed", "signed", "handed", "cc", "by", "manager",
      "sw", "cm", "worker", "chaplain", "pharmacist", "dietitian", "nutritionist", "interpreter", "translator");
  static final Set<String> CREDENTIALS = Set.copyOf(java.util.Arrays.asList("md", "m.d", "rn", "np", "pa", "pa-c", "do", "phd", "cnm", "lpn",
      "cna", "rrt", "msw", "licsw", "lcsw", "pt", "ot", "slp", "pharmd", "rd", "nnp", "crna", "fnp", "anp", "bsn",
      "msn", "dnp", "mph", "facs", "facp", "facc", "dds", "dmd", "od", "psyd", "lmhc", "ccc-slp", "aprn", "acnp",
      "rph", "emt", "paramedic", "mba", "ms", "scd", "cns"));
  static final Set<String> EPONYM_NOUNS = Set.copyOf(java.util.Arrays.asList("disease", "diseases", "syndrome", "sign", "signs", "test",
      "catheter", "cath", "tube", "drain", "drains", "maneuver", "score", "criteria", "scale", "position", "procedure",
      "fracture", "palsy", "lymphoma", "sarcoma", "ulcer", "phenomenon", "reflex", "classification", "stage",
      "type", "law", "node", "nodes", "triad", "pouch", "valve", "operation", "repair", "shunt", "line", "bag",
      "stockings", "dressing", "boot", "boots", "bed", "mattress", "thyroiditis", "encephalopathy", "esophagus",
      "diverticulum", "tumor", "tumour", "cyst", "canal", "duct", "hernia", "reaction", "effect", "point",
      "rule", "rules", "formula", "equation", "respirations", "breathing", "lesions", "spots", "nodules", "nodes",
      "dementia", "chorea", "anemia", "ataxia", "dystrophy", "crisis", "gangrene", "space", "approach", "incision"));
  /** Words that end a name or can never be one, though capitalised at the start of a line. */
  static final Set<String> STOP = Set.copyOf(java.util.Arrays.asList("the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "by", "for",
      "with", "is", "was", "has", "had", "he", "she", "they", "his", "her", "their", "who", "will", "would", "can",
      "could", "may", "might", "be", "been", "are", "were", "this", "that", "these", "those", "it", "its", "as",
      "re", "no", "not", "yes", "pt", "patient", "team", "service", "aware", "today", "tonight", "here", "there",
      "about", "regarding", "re:", "if", "but", "so", "also", "all", "any", "some", "from", "into", "via", "per"));

  private NameCues() {}
}
