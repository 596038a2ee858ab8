package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.haven.support.Api;
import org.haven.support.ApiTestSupport;
import org.haven.support.HavenApiTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Approving a case plan in a real headless Chromium: a caseworker writes and submits the plan, a
 * supervisor opens it from the approval queue on the dashboard and approves it, and the caseworker sees
 * the plan approved and is told. Screenshots go to target/screenshots (casework-*). Skipped where
 * Debian's chromium and chromedriver are missing, like {@link BrowserTest}.
 */
@HavenApiTest
@EnabledIf("org.haven.web.BrowserTest#chromiumInstalled")
class CaseworkBrowserTest extends ApiTestSupport {
  private static final Path SCREENSHOTS = Path.of("target/screenshots");

  private static ChromeDriver driver;
  private static Path profile;

  @BeforeAll
  static void startBrowser() throws IOException {
    profile = Files.createTempDirectory("haven-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--window-size=1280,1600", "--lang=en-US");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Each user signs in afresh: the session cookie of the previous one goes. */
  @AfterEach
  void signOut() {
    driver.manage().deleteAllCookies();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  private static void screenshot(String name) throws IOException {
    Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve("casework-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static void type(String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private void signIn(TestUser user) {
    driver.manage().deleteAllCookies();
    driver.get(url("/login"));
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    type("username", user.username());
    type("password", PASSWORD);
    driver.findElement(By.cssSelector("form button[type=submit]")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("nav-work")));
  }

  @Test
  void aSupervisorApprovesACasePlanFromTheQueue() throws IOException {
    try {
      approveACasePlan();
    } catch (RuntimeException | AssertionError e) {
      screenshot("failure");
      throw e;
    }
  }

  private void approveACasePlan() throws IOException {
    UUID agency = createAgency("ngo");
    TestUser caseworker = createUser(agency, "caseworker");
    TestUser supervisor = createUser(agency, "supervisor");
    Api.Response registered = caseworker.api().post("/api/v1/cases", Api.object().put("givenName", "Yonas")
        .put("familyName", "Tesfaye").put("sex", "male").put("dateOfBirth", "2011").put("riskLevel", "high"));
    assertThat(registered.status()).as("%s", registered).isEqualTo(201);
    String caseId = registered.body().get("id").asText();

    // The caseworker goes from the case page to its casework, writes the plan and submits it.
    signIn(caseworker);
    driver.get(url("/cases/" + caseId));
    driver.findElement(By.cssSelector(".case-links a[href$='/casework']")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("plan-form")));
    type("goal0.description", "Safe care arrangement within two weeks");
    type("goal0.action0.description", "Identify a foster family");
    type("goal0.action0.responsible", "Caseworker");
    screenshot("01-plan-form");
    driver.findElement(By.id("save-plan")).click();
    WebElement submit = waiting().until(ExpectedConditions.elementToBeClickable(By.id("submit-plan")));
    assertThat(driver.findElement(By.id("plan-status")).getText()).isEqualTo("Draft");
    submit.click();
    waiting().until(ExpectedConditions.textToBe(By.id("plan-status"), "Waiting for approval"));
    screenshot("02-plan-submitted");

    // The supervisor sees the request on the dashboard, opens it from the queue and approves it.
    signIn(supervisor);
    driver.get(url("/"));
    WebElement card = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("approvals")));
    screenshot("03-supervisor-dashboard");
    card.findElement(By.cssSelector("a[href='/approvals']")).click();
    WebElement request = waiting().until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("table.list a[href^='/approvals/']")));
    screenshot("04-approval-queue");
    request.click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("comment")));
    assertThat(driver.getPageSource()).contains("Safe care arrangement within two weeks");
    type("comment", "Agreed; review in two weeks");
    screenshot("05-approval");
    driver.findElement(By.cssSelector("button[name=decision][value=approved]")).click();
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .alert"), "Approved."));
    screenshot("06-approved");

    // The caseworker sees the plan approved, and a notification in the navigation.
    signIn(caseworker);
    assertThat(driver.findElement(By.id("nav-work")).getText()).contains("1");
    driver.get(url("/cases/" + caseId + "/casework"));
    waiting().until(ExpectedConditions.textToBe(By.id("plan-status"), "Approved"));
    screenshot("07-plan-approved");
    driver.findElement(By.id("nav-work")).click();
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notifications"),
        "Your request was decided"));
    screenshot("08-my-work");

    // The same pages in Arabic, right to left, and the best-interests page.
    driver.get(url("/cases/" + caseId + "/casework?lang=ar"));
    waiting().until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
    screenshot("09-casework-arabic");
    driver.get(url("/cases/" + caseId + "/best-interests?lang=en"));
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("bia-form")));
    // Choosing a solution shows what it needs first, before anyone plans it (htmx swaps in the answer).
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("check"))).selectByValue("resettlement");
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("requirement-result"), "Resettlement"));
    screenshot("10-best-interests");
  }
}
