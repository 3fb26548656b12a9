package org.medmine.quality.linkage;

/** Opens package-private linkage helpers to the test fixtures of the enclosing package. */
public final class TestAccess {
  private TestAccess() {}

  public static String nicknameOf(String name, int pick) {
    return Nicknames.nicknameOf(name, pick);
  }
}
