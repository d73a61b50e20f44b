package io.vigil.server.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The desk in a real browser: Debian's Chromium driven by Selenium through Debian's chromedriver
 * (nothing is downloaded). An analyst signs in, sees the dashboard, opens the 2020 cycle, follows
 * an activity to its evidence and an actor to its graph, reads the assessment and downloads its
 * PDF, screens a name and finds coordinated accounts in posts; a reviewer is refused a step their
 * role does not allow; the uncleared official sees no SECRET product. Each step leaves a screenshot
 * in target/screenshots. Skipped only when /usr/bin/chromium is not installed.
 */
@UiSpringTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target", "screenshots");
  static final Duration WAIT = Duration.ofSeconds(20);

  static ChromeDriver driver;
  static Path downloads;
  static int shot;

  @LocalServerPort int port;

  @BeforeAll
  static void browser() throws IOException {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Debian chromium and chromium-driver are not installed (/usr/bin/chromium)");
    Files.createDirectories(SHOTS);
    downloads = Files.createTempDirectory("vigil-downloads");
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000");
    Map<String, Object> prefs = new HashMap<>();
    prefs.put("download.default_directory", downloads.toString());
    prefs.put("download.prompt_for_download", false);
    prefs.put("plugins.always_open_pdf_externally", true);
    o.setExperimentalOption("prefs", prefs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, o);
  }

  @AfterAll
  static void quit() {
    if (driver != null) {
      driver.quit();
    }
  }

  String url(String path) {
    return "http://localhost:" + port + path;
  }

  void screenshot(String name) throws IOException {
    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    Files.write(SHOTS.resolve(String.format("%02d-%s.png", ++shot, name)), png);
  }

  void signIn(String user) throws IOException {
    driver.manage().deleteAllCookies();
    driver.get(url("/login"));
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(user);
    screenshot("sign-in-" + user);
    driver.findElement(By.id("sign-in")).click();
    new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("whoami")));
    assertThat(driver.findElement(By.id("whoami")).getText()).startsWith(user + " ");
    assertThat(driver.manage().getCookieNamed("JSESSIONID").getSameSite()).isEqualTo("Lax");
    assertThat(driver.manage().getCookieNamed("JSESSIONID").isHttpOnly()).isTrue();
  }

  void click(By by) {
    WebElement e =
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(by));
    String before = driver.getCurrentUrl();
    e.click();
    new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().equals(before));
  }

  @Test
  @Order(1)
  void analystFollowsThe2020CycleFromDashboardToEvidenceAndDownloadsThePdf() throws Exception {
    signIn("analyst");
    assertThat(driver.getTitle()).startsWith("Dashboard");
    assertThat(driver.findElement(By.id("cycles")).getText())
        .contains("2020 US general election")
        .contains("20 days late");
    screenshot("dashboard");

    click(By.linkText("2020 US general election"));
    assertThat(driver.findElement(By.tagName("h1")).getText())
        .isEqualTo("2020 US general election");
    assertThat(driver.findElement(By.id("assessment-status")).getText()).isEqualTo("TRANSMITTED");
    assertThat(driver.findElement(By.id("banner-top")).getText()).isEqualTo("SECRET | TLP:AMBER");
    assertThat(driver.findElements(By.id("assessments-amend"))).hasSize(1);
    screenshot("election-2020");

    click(By.partialLinkText("Proud Boys"));
    assertThat(driver.findElement(By.id("activity-title")).getText()).contains("Proud Boys");
    assertThat(driver.getPageSource()).contains("T1656");
    screenshot("activity");

    click(By.cssSelector("#activity-evidence a"));
    assertThat(driver.getCurrentUrl()).contains("/evidence/ev-2020-");
    assertThat(driver.findElement(By.id("sha256")).getText()).matches("[0-9a-f]{64}");
    assertThat(driver.getPageSource()).contains("Chain of custody");
    screenshot("evidence");

    driver.get(url("/evidence"));
    int all = driver.findElements(By.cssSelector("#evidence-rows tr")).size();
    driver.findElement(By.id("q")).sendKeys("Emennet");
    // htmx replaces the rows in place (no page load): wait for the filtered table
    new WebDriverWait(driver, WAIT)
        .until(d -> d.findElements(By.cssSelector("#evidence-rows tr")).size() == 1);
    assertThat(all).isGreaterThan(1);
    assertThat(driver.findElement(By.id("evidence-rows")).getText()).contains("Emennet Pasargad");
    assertThat(driver.getCurrentUrl()).endsWith("/evidence");
    screenshot("evidence-search");

    driver.get(url("/actors/actor-gru-26165"));
    new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph canvas")));
    assertThat(driver.findElement(By.id("graph")).isDisplayed()).isTrue();
    assertThat(driver.findElement(By.id("relations")).getText())
        .contains("Viktor Borisovich Netyksho");
    screenshot("actor-graph");

    driver.get(url("/elections/us-2020-general/assessment"));
    assertThat(driver.getPageSource()).contains("Key judgments").contains("almost certain");
    screenshot("assessment");
    driver.findElement(By.id("download-pdf")).click();
    Path pdf = downloads.resolve("us-2020-general-assessment.pdf");
    new WebDriverWait(driver, WAIT).until(d -> Files.isRegularFile(pdf) && size(pdf) > 0);
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper strip = new PDFTextStripper();
      strip.setSortByPosition(true);
      String text = strip.getText(doc).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("SECRET | TLP:AMBER")
          .contains("ICA 2020-00078D")
          .contains("Likelihood: almost certain (95-99%)")
          .contains("Printed for analyst (NIC)");
    }
  }

  @Test
  @Order(2)
  void analystScreensANameAndReadsTheExplanation() throws Exception {
    driver.get(url("/"));
    click(By.linkText("Screen a name"));
    driver.findElement(By.id("name")).sendKeys("Пригожин");
    screenshot("screen-form");
    click(By.id("screen-button"));
    new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("hit-1")));
    assertThat(driver.findElement(By.id("main")).getText())
        .contains("Yevgeniy Prigozhin")
        .contains("match, score")
        .contains("translit");
    screenshot("screen-result");
  }

  @Test
  @Order(3)
  void analystSeesCoordinatedAccountsAsAGraph() throws Exception {
    Path posts = downloads.resolve("posts.jsonl");
    Files.writeString(posts, PlantedPosts.jsonl());
    driver.get(url("/activities/act-2018-lakhta"));
    click(By.id("coordination-link"));
    driver.findElement(By.id("file")).sendKeys(posts.toAbsolutePath().toString());
    driver.findElement(By.id("run-coordination")).click();
    WebElement summary =
        new WebDriverWait(driver, WAIT)
            .until(ExpectedConditions.presenceOfElementLocated(By.id("coordination-summary")));
    assertThat(summary.getText()).contains("1 coordinated clusters");
    new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#graph canvas")));
    assertThat(driver.findElement(By.id("cluster-1")).getText())
        .contains("troll0")
        .contains("co-retweet");
    screenshot("coordination-graph");
  }

  @Test
  @Order(4)
  void reviewerIsRefusedAStepTheRoleMayNotTake() throws Exception {
    signIn("reviewer");
    driver.get(url("/elections/us-2020-general"));
    assertThat(driver.findElements(By.id("assessments-amend"))).isEmpty();
    screenshot("election-as-reviewer");
    // a stale or forged form: post the amend step with the reviewer's own session and CSRF token
    String token =
        driver
            .findElement(By.cssSelector("form[action='/logout'] input[name='_csrf']"))
            .getDomAttribute("value");
    ((JavascriptExecutor) driver)
        .executeScript(
            "var f = document.createElement('form'); f.method = 'post';"
                + " f.action = '/assessments/asm-2020/amend';"
                + " [['_csrf', arguments[0]], ['reason', 'new information']].forEach(function (p) {"
                + "  var i = document.createElement('input'); i.type = 'hidden'; i.name = p[0];"
                + "  i.value = p[1]; f.appendChild(i); });"
                + " document.body.appendChild(f); f.submit();",
            token);
    WebElement refusal =
        new WebDriverWait(driver, WAIT)
            .until(ExpectedConditions.presenceOfElementLocated(By.id("refusal")));
    assertThat(refusal.getText()).contains("may not amend the assessment").contains("ANALYST");
    assertThat(driver.findElement(By.tagName("h1")).getText()).contains("403");
    screenshot("refused");
    driver.get(url("/elections/us-2020-general"));
    assertThat(driver.findElement(By.id("assessment-status")).getText()).isEqualTo("TRANSMITTED");
  }

  @Test
  @Order(5)
  void unclearedOfficialSeesNoSecretProduct() throws Exception {
    signIn("official");
    driver.get(url("/elections/us-2020-general"));
    assertThat(driver.findElement(By.id("banner-top")).getText())
        .isEqualTo("UNCLASSIFIED | TLP:CLEAR");
    assertThat(driver.getPageSource()).doesNotContain("ICA 2020-00078D");
    screenshot("election-as-official");
    driver.get(url("/elections/us-2020-general/assessment"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).contains("404");
    screenshot("assessment-as-official");
    List<WebElement> links = driver.findElements(By.linkText("Designations"));
    assertThat(links).isNotEmpty();
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }

  static File shots() {
    return SHOTS.toFile();
  }
}
