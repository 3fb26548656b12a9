package org.medmine.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A bounded load on the JSON API of a medmine server on 127.0.0.1: {@code connections} workers,
 * each on its own HTTP/1.1 client (its own connection), send {@code perWorker} GETs one after
 * another, cycling through the given paths with a bearer token; then prints, per path and overall,
 * the requests, the errors (any status but 200, or no answer) and the latency percentiles p50, p95
 * and p99 (nearest rank). A warm-up of one request per path goes first. Each worker sends its next
 * request as soon as the last is answered (a closed loop), so with N connections the latency is
 * about N divided by the throughput. {@code PER_WORKER} is a count, or a duration such as {@code
 * 300s} for a soak (each worker sends until that long has passed). Usage: {@code ApiLoadBench
 * BASE_URL TOKEN CONNECTIONS PER_WORKER PATH...} (bench/api-load.sh starts a server and runs it).
 */
public final class ApiLoadBench {
  private ApiLoadBench() {}

  /** One answered or failed request. */
  record Sample(String path, long nanos, boolean ok) {}

  public static void main(String[] args) throws Exception {
    URI base = URI.create(args[0]);
    if (!"127.0.0.1".equals(base.getHost())) {
      throw new IllegalArgumentException("The bench loads a server on 127.0.0.1 only.");
    }
    String token = args[1];
    int connections = Integer.parseInt(args[2]);
    boolean timed = args[3].endsWith("s");
    long perWorker = Long.parseLong(timed ? args[3].substring(0, args[3].length() - 1) : args[3]);
    List<String> paths = List.of(args).subList(4, args.length);
    HttpClient warm = client();
    for (String p : paths) {
      HttpResponse<String> r = warm.send(get(base, p, token), HttpResponse.BodyHandlers.ofString());
      System.out.println("warm-up " + p + ": " + r.statusCode());
    }
    List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(connections);
    List<Future<?>> workers = new ArrayList<>();
    long start = System.nanoTime();
    for (int w = 0; w < connections; w++) {
      int first = w;
      workers.add(
          pool.submit(
              () -> {
                HttpClient c = client();
                long until = start + perWorker * 1_000_000_000L;
                for (int i = 0; timed ? System.nanoTime() < until : i < perWorker; i++) {
                  samples.add(send(c, base, paths.get((first + i) % paths.size()), token));
                }
                return null;
              }));
    }
    for (Future<?> f : workers) {
      f.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%d connections x %s requests in %.1f s (%.1f requests/s)%n",
        connections,
        args[3],
        seconds,
        samples.size() / seconds);
    report(samples);
  }

  private static HttpClient client() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  }

  private static HttpRequest get(URI base, String path, String token) {
    return HttpRequest.newBuilder(base.resolve(path))
        .header("Authorization", "Bearer " + token)
        .GET()
        .build();
  }

  private static Sample send(HttpClient c, URI base, String path, String token) {
    long t = System.nanoTime();
    try {
      int status =
          c.send(get(base, path, token), HttpResponse.BodyHandlers.discarding()).statusCode();
      return new Sample(path, System.nanoTime() - t, status == 200);
    } catch (IOException e) {
      return new Sample(path, System.nanoTime() - t, false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Sample(path, System.nanoTime() - t, false);
    }
  }

  private static void report(List<Sample> samples) {
    Map<String, List<Sample>> byPath = new TreeMap<>();
    for (Sample s : samples) {
      byPath.computeIfAbsent(s.path(), k -> new ArrayList<>()).add(s);
    }
    byPath.put("all", samples);
    System.out.println("| path | requests | errors | p50 ms | p95 ms | p99 ms |");
    System.out.println("|---|---|---|---|---|---|");
    byPath.forEach(
        (path, list) -> {
          long[] ms = list.stream().mapToLong(Sample::nanos).sorted().toArray();
          long errors = list.stream().filter(s -> !s.ok()).count();
          System.out.printf(
              Locale.ROOT,
              "| %s | %d | %d | %.0f | %.0f | %.0f |%n",
              path,
              ms.length,
              errors,
              rank(ms, 0.50),
              rank(ms, 0.95),
              rank(ms, 0.99));
        });
  }

  /** The nearest-rank percentile, in milliseconds. */
  private static double rank(long[] sortedNanos, double q) {
    int k = (int) Math.ceil(q * sortedNanos.length) - 1;
    return sortedNanos[Math.max(0, k)] / 1e6;
  }
}
