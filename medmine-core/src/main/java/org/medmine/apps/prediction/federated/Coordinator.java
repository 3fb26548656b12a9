package org.medmine.apps.prediction.federated;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The coordinator's side of every exchange: it asks the sites still taking part, keeps a transcript
 * of every reply, adds masked replies (whose masks cancel only in the complete sum) and excludes,
 * with a logged reason, a site that fails to answer or answers with the wrong shape; a masked
 * exchange that lost a site is run again among the survivors under a new label, so their masks
 * cancel again. At least two sites must remain for a masked sum, or the sum would be one site's
 * own.
 */
public final class Coordinator {
  /** A site excluded from training, when and why. */
  public record Exclusion(String site, String exchange, String reason) {}

  /** One reply as the coordinator received it. */
  public record Message(String site, String exchange, Object payload) {}

  private final Map<String, FederatedSite> active = new LinkedHashMap<>();
  private final Map<String, PairwiseMasks.Participant> keys = new LinkedHashMap<>();
  private final List<Exclusion> exclusions = new ArrayList<>();
  private final List<Message> transcript = new ArrayList<>();
  private final Consumer<String> log;

  /** Greets the sites: each answers with its name and public key. */
  public Coordinator(List<? extends FederatedSite> sites, Consumer<String> log) {
    this.log = log;
    for (FederatedSite site : sites) {
      try {
        PairwiseMasks.Participant p = site.hello();
        transcript.add(new Message(p.site(), "hello", p));
        active.put(p.site(), site);
        keys.put(p.site(), p);
      } catch (RuntimeException e) {
        exclude("site " + (sites.indexOf(site) + 1), "hello", "did not answer: " + e.getMessage());
      }
    }
  }

  /** Asks every active site in the clear; a site that fails is excluded. */
  public <T> Map<String, T> ask(String exchange, Function<FederatedSite, T> question) {
    Map<String, T> out = new LinkedHashMap<>();
    for (Map.Entry<String, FederatedSite> e : List.copyOf(active.entrySet())) {
      try {
        T reply = question.apply(e.getValue());
        if (reply == null) {
          exclude(e.getKey(), exchange, "sent an empty reply");
          continue;
        }
        transcript.add(new Message(e.getKey(), exchange, reply));
        out.put(e.getKey(), reply);
      } catch (RuntimeException ex) {
        exclude(e.getKey(), exchange, "dropped out: " + ex.getMessage());
      }
    }
    return out;
  }

  /**
   * The sum of the active sites' masked replies of {@code length} values, decoded; a round that
   * loses a site is repeated among the rest.
   */
  public double[] maskedSum(
      String label, int length, BiFunction<FederatedSite, Round, long[]> question) {
    for (int attempt = 0; ; attempt++) {
      if (active.size() < 2) {
        throw new IllegalStateException(
            "fewer than two sites remain for " + label + ": " + exclusions);
      }
      Round round =
          new Round(attempt == 0 ? label : label + "-retry" + attempt, List.copyOf(keys.values()));
      long[] sum = new long[length];
      boolean complete = true;
      for (Map.Entry<String, FederatedSite> e : List.copyOf(active.entrySet())) {
        try {
          long[] reply = question.apply(e.getValue(), round);
          if (reply == null || reply.length != length) {
            exclude(
                e.getKey(),
                round.label(),
                "sent a malformed update: "
                    + (reply == null ? "none" : reply.length + " values")
                    + " where "
                    + length
                    + " were expected");
            complete = false;
            continue;
          }
          transcript.add(new Message(e.getKey(), round.label(), reply));
          FixedPoint.addInto(sum, reply);
        } catch (RuntimeException ex) {
          exclude(e.getKey(), round.label(), "dropped out: " + ex.getMessage());
          complete = false;
        }
      }
      if (complete) {
        return FixedPoint.decode(sum);
      }
    }
  }

  private void exclude(String site, String exchange, String reason) {
    active.remove(site);
    keys.remove(site);
    exclusions.add(new Exclusion(site, exchange, reason));
    log.accept("Site " + site + " was excluded in " + exchange + ": it " + reason + ".");
  }

  /** The sites still taking part. */
  public List<String> activeSites() {
    return List.copyOf(active.keySet());
  }

  /** The sites excluded so far, with their reasons. */
  public List<Exclusion> exclusions() {
    return List.copyOf(exclusions);
  }

  /** Every reply received, in order. */
  public List<Message> transcript() {
    return List.copyOf(transcript);
  }
}
