package org.medmine.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.ingest.IngestOptions;
import org.medmine.ingest.Ingestor;
import org.medmine.ingest.progress.IngestListener;
import org.medmine.warehouse.Warehouse;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard and the bed board in a real headless Chromium (Debian's {@code chromium} driven by
 * its {@code chromedriver} through Selenium's W3C WebDriver client): each page loads without a
 * console error, each chart draws one mark per datum of the API document it shows, clicking an
 * alarmed area on the scan map opens that area's weekly series, and a visit without a valid token
 * shows no data. Chromium and chromedriver are found at {@code $MEDMINE_CHROMIUM} and {@code
 * $MEDMINE_CHROMEDRIVER} or Debian's paths; when either is missing the test fails, saying what to
 * install (Selenium Manager never runs: both paths are given, so nothing is downloaded).
 */
class DashboardBrowserIT {
  /**
   * How long a page may take to draw: the dashboard's first page runs the statistics, the alarms
   * and two space-time scans (the default replicates each) before its map exists, which on a loaded
   * two-core machine took more than 90 s. A wait ends as soon as its condition holds.
   */
  private static final Duration PATIENCE = Duration.ofSeconds(300);

  @TempDir Path dir;
  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void dashboardPagesDrawTheirDataAndTheMapOpensAnAlarmedAreasSeries() throws Exception {
    Path warehouse = ServedWarehouse.warehouse(dir);
    ScanEndpointsTest.plantCluster(warehouse);
    admitThree(warehouse);
    List<String> warnings = ServedWarehouse.warnings();
    try (MedmineServer server =
        MedmineServer.start(
            ServedWarehouse.settings(warehouse, ServedWarehouse.auth(dir), warnings))) {
      String base = "http://127.0.0.1:" + server.port();
      WebDriver browser = browser(dir.resolve("profile"));
      try {
        checkDashboard(browser, base);
        checkBedBoard(browser, base);
        checkRefusedWithoutAValidToken(browser, base);
      } finally {
        browser.quit();
      }
    }
    assertThat(warnings).isEmpty();
  }

  private void checkDashboard(WebDriver browser, String base) throws Exception {
    browser.get(base + "/");
    logIn(browser, ServedWarehouse.ADMIN);
    WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
    wait.until(b -> b.findElements(By.cssSelector("#kpis .tile")).size() == 6);
    wait.until(b -> !b.findElements(By.cssSelector("#scan-map circle.alarmed")).isEmpty());
    JsonNode scan = api(base + "/api/v1/scan");
    assertThat(browser.findElements(By.cssSelector("#scan-map circle.place")))
        .as("one dot per region of /api/v1/scan")
        .hasSize(scan.get("regions").size());
    assertThat(browser.findElements(By.cssSelector("#scan-map circle.cluster")))
        .as("one circle per significant cluster")
        .hasSize(scan.get("clusters").size());
    assertThat(browser.findElements(By.cssSelector("#clusters tbody tr")))
        .hasSize(Math.max(1, scan.get("clusters").size()));

    WebElement alarmed = browser.findElement(By.cssSelector("#scan-map circle.alarmed"));
    String region = alarmed.getAttribute("data-region");
    alarmed.click();
    wait.until(b -> !b.findElements(By.cssSelector("#series-chart rect.bar")).isEmpty());
    List<JsonNode> series = series(api(base + "/api/v1/surveillance?region=zip3"), region);
    assertThat(browser.findElements(By.cssSelector("#series-chart rect.bar")))
        .as("one bar per evaluated week of " + region)
        .hasSize(series.size());
    long alarms = series.stream().filter(r -> r.get("alarm").asBoolean()).count();
    assertThat(alarms).isPositive();
    assertThat(browser.findElements(By.cssSelector("#series-chart rect.bar.alarm")))
        .hasSize((int) alarms);
    assertThat(browser.findElement(By.id("series-title")).getText())
        .startsWith("ZIP3 " + region + ": " + series.size() + " weeks");
    checkAskBox(browser, base, wait);
    assertThat(severeConsoleEntries(browser)).as("console errors of /").isEmpty();
  }

  /** The ask box shows the API's answer to a question: its SQL and one table row per answer row. */
  private void checkAskBox(WebDriver browser, String base, WebDriverWait wait) throws Exception {
    String question = "how many patients by sex";
    browser.findElement(By.id("question")).sendKeys(question);
    browser.findElement(By.cssSelector("#ask-form button")).click();
    wait.until(b -> !b.findElements(By.cssSelector("#ask-answer pre.sql")).isEmpty());
    JsonNode answer = api(base + "/api/v1/ask?q=" + question.replace(" ", "%20"));
    assertThat(answer.get("status").asText()).isEqualTo("answered");
    assertThat(browser.findElement(By.cssSelector("#ask-answer pre.sql")).getText())
        .isEqualToIgnoringWhitespace(answer.get("sql").asText());
    List<WebElement> rows =
        browser.findElements(By.cssSelector("#ask-answer table.answer tbody tr"));
    assertThat(rows).as("one row per answer row").hasSize(answer.get("rows").size());
    assertThat(rows.get(0).findElements(By.tagName("td")).get(0).getText())
        .isEqualTo(answer.get("rows").get(0).get(0).asText());
  }

  private void checkBedBoard(WebDriver browser, String base) throws Exception {
    browser.findElement(By.linkText("Bed board")).click();
    WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
    wait.until(
        b ->
            b.findElements(By.cssSelector("#summary .tile")).size() == 5
                || !b.findElement(By.id("status")).getText().isEmpty());
    assertThat(browser.findElement(By.id("status")).getText()).isEmpty();
    JsonNode census = api(base + "/api/v1/census");
    assertThat(browser.findElement(By.cssSelector("#summary .tile .value")).getText())
        .isEqualTo(census.get("inHouse").asText())
        .isEqualTo("3");
    assertThat(browser.findElements(By.cssSelector("#units .unit")))
        .hasSize(census.get("units").size());
    assertThat(browser.findElements(By.cssSelector("#units .bed.occupied")))
        .as("one bed per patient in house")
        .hasSize(census.get("patients").size());
    assertThat(browser.findElements(By.cssSelector("#units .bed .who")))
        .extracting(WebElement::getText)
        .contains("P2 ZEBEDEE");
    assertThat(browser.findElement(By.id("as-of")).getText()).contains("role admin");
    assertThat(severeConsoleEntries(browser)).as("console errors of /beds").isEmpty();
  }

  /**
   * Stores an ADT feed: P1 boarding in the ED, P2 and P3 in beds of unit 4E (as the census test).
   */
  private void admitThree(Path warehouse) throws Exception {
    Path feed = dir.resolve("adt.hl7");
    Files.writeString(
        feed,
        CensusEndpointTest.adt("A04", "M1", "P1", "E", "ED^1^^GHH", "202403010800")
            + CensusEndpointTest.adt("A06", "M2", "P1", "I", "ED^1^^GHH", "202403010900")
            + CensusEndpointTest.adt("A01", "M3", "P2", "I", "4E^401^A^GHH", "202403011000")
            + CensusEndpointTest.adt("A01", "M4", "P3", "I", "4E^403^A^GHH", "202403011130"));
    try (Warehouse w = Warehouse.open(warehouse)) {
      Ingestor.ingest(
          w,
          new IngestOptions(List.of(feed), "ghh", IngestOptions.InputFormat.AUTO),
          IngestListener.NONE);
    }
  }

  /** A forged token: the API answers 401, the page says so and shows no tile, no map. */
  private static void checkRefusedWithoutAValidToken(WebDriver browser, String base) {
    browser.get(base + "/");
    ((JavascriptExecutor) browser).executeScript("sessionStorage.clear()");
    browser.navigate().refresh();
    logIn(browser, "not-a-token");
    new WebDriverWait(browser, PATIENCE)
        .until(b -> b.findElement(By.id("status")).getText().startsWith("401"));
    assertThat(browser.findElements(By.cssSelector("#kpis .tile"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("#scan-map svg"))).isEmpty();
    assertThat(severeConsoleEntries(browser))
        .as("the browser saw the refusal")
        .anyMatch(m -> m.contains("401"));
    browser.get(base + "/api/v1/stats");
    assertThat(browser.findElement(By.tagName("body")).getText())
        .contains("token")
        .doesNotContain("patients");
  }

  private static void logIn(WebDriver browser, String token) {
    browser.findElement(By.id("token")).sendKeys(token);
    browser.findElement(By.cssSelector("#login button")).click();
  }

  private JsonNode api(String url) throws Exception {
    return ServedWarehouse.json(ServedWarehouse.get(client, url, ServedWarehouse.ADMIN));
  }

  /** The rows of {@code region}'s series under the first detector that alarmed there. */
  private static List<JsonNode> series(JsonNode surveillance, String region) {
    List<JsonNode> rows = new ArrayList<>();
    surveillance.get("evaluations").forEach(rows::add);
    rows.removeIf(r -> !r.get("region").asText().equals(region));
    String method =
        rows.stream()
            .filter(r -> r.get("alarm").asBoolean())
            .findFirst()
            .orElseThrow()
            .get("method")
            .asText();
    rows.removeIf(r -> !r.get("method").asText().equals(method));
    return rows;
  }

  private static List<String> severeConsoleEntries(WebDriver browser) {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** Headless Chromium through chromedriver, both at fixed paths: nothing is downloaded. */
  static WebDriver browser(Path profile) {
    Path chromium = required("MEDMINE_CHROMIUM", "/usr/bin/chromium", "chromium");
    Path driver = required("MEDMINE_CHROMEDRIVER", "/usr/bin/chromedriver", "chromium-driver");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--no-first-run",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(driver.toFile())
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  private static Path required(String variable, String debianPath, String debianPackage) {
    String given = System.getenv(variable);
    Path path = Path.of(given == null || given.isBlank() ? debianPath : given);
    assertThat(Files.isExecutable(path))
        .as(
            "The browser tests need "
                + path
                + ": install Debian's '"
                + debianPackage
                + "' (apt-get install -y "
                + debianPackage
                + ") or set "
                + variable
                + ".")
        .isTrue();
    return path;
  }
}
