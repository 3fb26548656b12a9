package org.medmine.apps.prediction.federated;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.XECPublicKeySpec;
import java.util.List;
import javax.crypto.KeyAgreement;

/**
 * One site's share of secure aggregation by pairwise masks (Bonawitz et al., "Practical Secure
 * Aggregation for Privacy-Preserving Machine Learning", CCS 2017, without the secret sharing of its
 * dropout recovery: a round that loses a site is run again among the survivors). Each pair of sites
 * agrees a secret by X25519 (RFC 7748) that the coordinator, which only relays the public keys,
 * cannot compute; from it and the round's label both expand the same mask with SHA-256 in counter
 * mode. The site whose name sorts first adds the mask, the other subtracts it, so in the sum over
 * all participants of a round every mask cancels exactly (modulo 2^64, {@link FixedPoint}), and
 * each site's own vector looks uniformly random to the coordinator.
 */
public final class PairwiseMasks {
  /** A participant of a round: its name and its X25519 public key (the u-coordinate). */
  public record Participant(String site, BigInteger publicKey) {}

  private final String site;
  private final KeyPair keys;

  private PairwiseMasks(String site, KeyPair keys) {
    this.site = site;
    this.keys = keys;
  }

  /** A fresh X25519 key pair for {@code site}. */
  public static PairwiseMasks generate(String site) {
    try {
      return new PairwiseMasks(site, KeyPairGenerator.getInstance("X25519").generateKeyPair());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("X25519 is not available in this JDK", e);
    }
  }

  /** This site as a participant: its name and public key, what it sends the coordinator. */
  public Participant participant() {
    return new Participant(site, ((java.security.interfaces.XECPublicKey) keys.getPublic()).getU());
  }

  /**
   * {@code values} with this site's masks for the round added: for every other participant, plus
   * the pair's mask when this site's name sorts first, minus it otherwise.
   */
  public long[] mask(long[] values, String round, List<Participant> participants) {
    long[] out = values.clone();
    for (Participant other : participants) {
      if (other.site().equals(site)) {
        continue;
      }
      long[] m = expand(secretWith(other), round, values.length);
      boolean first = site.compareTo(other.site()) < 0;
      for (int i = 0; i < out.length; i++) {
        out[i] += first ? m[i] : -m[i];
      }
    }
    return out;
  }

  private byte[] secretWith(Participant other) {
    try {
      PublicKey key =
          KeyFactory.getInstance("X25519")
              .generatePublic(new XECPublicKeySpec(NamedParameterSpec.X25519, other.publicKey()));
      KeyAgreement agreement = KeyAgreement.getInstance("X25519");
      agreement.init(keys.getPrivate());
      agreement.doPhase(key, true);
      return agreement.generateSecret();
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "the public key of site " + other.site() + " is not an X25519 key", e);
    }
  }

  /** SHA-256(secret, round, block counter) blocks, read as longs, {@code length} of them. */
  static long[] expand(byte[] secret, String round, int length) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] label = round.getBytes(StandardCharsets.UTF_8);
      long[] out = new long[length];
      for (int block = 0; block * 4 < length; block++) {
        sha.update(secret);
        sha.update(label);
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(block).array());
        ByteBuffer words = ByteBuffer.wrap(sha.digest());
        for (int k = 0; k < 4 && block * 4 + k < length; k++) {
          out[block * 4 + k] = words.getLong();
        }
      }
      return out;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available in this JDK", e);
    }
  }
}
