package org.medmine.privacy;

/**
 * The kinds of protected health information the scrubber finds in free text, after the identifier list of
 * HIPAA §164.514(b)(2)(i); each is replaced by its typed placeholder ({@code [NAME]}, {@code [DATE]}, ...).
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
  ZIP,
  URL,
  IP;

  /** The placeholder that replaces a span of this type. */
  public String placeholder() {
    return "[" + name() + "]";
  }
}
