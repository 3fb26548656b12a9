package org.medmine.privacy;

/**
 * The kinds of protected health information the scrubber finds in free text, after the identifier
 * list of HIPAA §164.514(b)(2)(i); each is replaced by its typed placeholder ({@code [NAME]},
 * {@code [DATE]}, ...). {@link #LOCATION} is a place smaller than a state that is not a street
 * address or a town: a hospital, a clinic, a nursing home, a ward or a building. {@link #STATE} is
 * a US state named in a note: Safe Harbor would let it stay, but it is replaced like every other
 * location (a limited data set keeps it, {@link DeidPolicy}).
 */
public enum PhiType {
  NAME,
  DATE,
  AGE,
  PHONE,
  EMAIL,
  SSN,
  ID,
  ADDRESS,
  CITY,
  STATE,
  ZIP,
  LOCATION,
  URL,
  IP;

  /** The placeholder that replaces a span of this type. */
  public String placeholder() {
    return "[" + name() + "]";
  }
}
