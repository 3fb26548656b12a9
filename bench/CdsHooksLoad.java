import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A bounded load on one CDS Hooks service of a medmine server on 127.0.0.1: {@code concurrency}
 * workers each send {@code perWorker} POSTs of one request body, one after another, with a bearer
 * token; prints the status counts and the latency percentiles. Run: java bench/CdsHooksLoad.java
 * URL TOKEN BODY.json CONCURRENCY PER_WORKER (bench/cds-hooks.sh starts a server and runs it).
 */
public class CdsHooksLoad {
  public static void main(String[] args) throws Exception {
    URI uri = URI.create(args[0]);
    if (!uri.getHost().equals("127.0.0.1")) {
      throw new IllegalArgumentException("loopback only");
    }
    String token = args[1];
    String body = Files.readString(Path.of(args[2]));
    int concurrency = Integer.parseInt(args[3]);
    int perWorker = Integer.parseInt(args[4]);
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    for (int i = 0; i < 200; i++) {
      client.send(request, HttpResponse.BodyHandlers.discarding());
    }
    List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    List<Future<?>> workers = new ArrayList<>();
    long start = System.nanoTime();
    for (int w = 0; w < concurrency; w++) {
      workers.add(
          pool.submit(
              () -> {
                for (int i = 0; i < perWorker; i++) {
                  long t = System.nanoTime();
                  HttpResponse<Void> r = client.send(request, HttpResponse.BodyHandlers.discarding());
                  nanos.add(System.nanoTime() - t);
                  statuses.add(r.statusCode());
                }
                return null;
              }));
    }
    for (Future<?> f : workers) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    System.out.printf(
        "requests=%d concurrency=%d non200=%d rps=%.0f p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms%n",
        sorted.size(),
        concurrency,
        statuses.stream().filter(s -> s != 200).count(),
        sorted.size() / seconds,
        sorted.get(sorted.size() / 2) / 1e6,
        sorted.get((int) (sorted.size() * 0.95)) / 1e6,
        sorted.get((int) (sorted.size() * 0.99)) / 1e6,
        sorted.get(sorted.size() - 1) / 1e6);
  }
}
