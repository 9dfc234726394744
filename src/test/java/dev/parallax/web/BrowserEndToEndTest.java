package dev.parallax.web;

import dev.parallax.compare.Digest;
import dev.parallax.compare.StoryComparisons;
import dev.parallax.outlet.OutletProfile;
import dev.parallax.outlet.OutletProfiles;
import dev.parallax.story.StoryCatalog;
import dev.parallax.support.IntegrationTest;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The reader's paths in a real browser: Debian's headless Chromium, driven through its own chromedriver (nothing is
 * downloaded). Skipped, with the reason, where Chromium is not installed; `.ci/run` installs it. Also checks every
 * main page with the Nu HTML Checker and with an axe-core audit run inside Chromium.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserEndToEndTest {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PARALLAX_CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("PARALLAX_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Path AXE = Path.of(System.getenv().getOrDefault("PARALLAX_AXE_JS", "target/axe/node_modules/axe-core/axe.min.js"));
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @LocalServerPort
    int port;
    @Autowired
    StoryCatalog stories;

    @Autowired
    StoryComparisons comparisons;
    @Autowired
    OutletProfiles profiles;

    private WebDriver browser;
    private long seedStory;
    private Digest digest;

    @BeforeAll
    void startBrowser() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            System.err.println("NOTICE: no Chromium at " + CHROMIUM + " with chromedriver at " + CHROMEDRIVER
                    + ": browser tests are skipped (apt-get install chromium chromium-driver)");
        }
        assumeTrue(present, "Chromium and chromedriver are not installed: browser tests skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1600", "--user-data-dir=" + Files.createTempDirectory("parallax-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
        seedStory = awaitSeedStory();
        // As the portal does a moment after a story changes: lists then show its digest's first line.
        digest = comparisons.of(seedStory).digest();
        // As an admin might: a scale of the admin's own, and some outlets placed on it, so the story shows its spread.
        List<String> sources = stories.coverage(List.of(seedStory)).get(seedStory).sources();
        profiles.setScale(List.of("public", "commercial", "non-profit"));
        profiles.set(sources.get(0), new OutletProfile(null, null, "public"));
        profiles.set(sources.get(1), new OutletProfile(null, null, "commercial"));
        profiles.set(sources.get(2), new OutletProfile(null, null, "commercial"));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private long awaitSeedStory() {
        return await().atMost(Duration.ofSeconds(30)).alias("the seeds form a story")
                .until(() -> stories.all().stream().filter(s -> s.articleIds().size() >= 5).findFirst(), Optional::isPresent)
                .get().id();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Clicks a link or button that loads a page, and waits for that page: a click returns before it arrives. */
    private void follow(WebElement element) {
        leavePage(element::click);
    }

    /** Does what leaves the page, then waits until the next one has loaded: reads before that see the old page. */
    private void leavePage(Runnable action) {
        WebElement page = browser.findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver ->
                "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    private void open(String path) {
        browser.get(url(path));
    }

    private void screenshot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }

    @Test
    void aReaderOpensTheHomePageAStoryAndAnArticle() throws Exception {
        open("/");
        assertThat(browser.getTitle()).contains("Parallax");
        screenshot("home");
        follow(browser.findElement(By.cssSelector("a[href='/stories/" + seedStory + "']")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertThat(browser.findElement(By.id("facts-heading")).getText()).isEqualTo("Who reports what");
        assertThat(browser.findElements(By.cssSelector(".numbers .differ"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector(".spread-legend")).getText()).contains("commercial: 2 outlets").contains("no lean given: 2");
        screenshot("story");
        follow(browser.findElement(By.cssSelector("#articles a")));
        assertThat(browser.getCurrentUrl()).contains("/articles/");
        assertThat(browser.findElements(By.cssSelector("article p[id^='block-']"))).isNotEmpty();
        screenshot("article");
        browser.navigate().back();
        follow(browser.findElement(By.cssSelector(".heatmap a")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Side by side");
    }

    @Test
    void aReaderGoesFromTheHomePageToAStoryToAnOutletAndToOneOfItsArticles() throws Exception {
        open("/");
        WebElement listed = browser.findElement(By.cssSelector("a[href='/stories/" + seedStory + "']"))
                .findElement(By.xpath("./parent::li"));
        assertThat(listed.findElements(By.cssSelector(".meta a[href^='/outlets/']"))).hasSize(stories.story(seedStory).articleIds().size());
        follow(listed.findElement(By.cssSelector("a[href='/stories/" + seedStory + "']")));
        // The outlet that reported something alone, when one did: its page has the most to show.
        List<WebElement> outlets = browser.findElements(By.cssSelector("#timeline a[href^='/outlets/']"));
        WebElement outlet = digest.onlyOne().stream().findFirst()
                .flatMap(line -> outlets.stream().filter(link -> link.getText().equals(line.source())).findFirst())
                .orElse(outlets.getFirst());
        String source = outlet.getText();
        follow(outlet);
        assertThat(browser.getCurrentUrl()).contains("/outlets/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(source);
        assertThat(browser.findElements(By.cssSelector("#stories a[href='/stories/" + seedStory + "']"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#only .only-here a[href^='/articles/']")))
                .hasSize((int) digest.onlyOne().stream().filter(line -> line.source().equals(source)).count());
        screenshot("outlet");
        follow(browser.findElement(By.cssSelector("#articles a[href^='/articles/']")));
        assertThat(browser.getCurrentUrl()).contains("/articles/");
        assertThat(browser.findElement(By.cssSelector("article header .meta a[href^='/outlets/']")).getText()).isEqualTo(source);

        open("/outlets");
        assertThat(browser.findElements(By.cssSelector("table.outlets tbody tr"))).hasSizeGreaterThanOrEqualTo(stories.story(seedStory).articleIds().size());
        screenshot("outlets");
    }

    @Test
    void aReaderSearchesFollowsAFacetAndASuggestion() throws Exception {
        open("/");
        WebElement box = browser.findElement(By.id("site-search-q"));
        box.sendKeys("Zelensky");
        leavePage(box::submit);
        assertThat(browser.findElements(By.cssSelector(".passages mark"))).isNotEmpty();
        screenshot("search");
        WebElement facet = browser.findElement(By.cssSelector(".facets li a"));
        String source = facet.getText();
        follow(facet);
        assertThat(browser.getCurrentUrl()).contains("source=");
        assertThat(browser.findElements(By.cssSelector(".hits .meta"))).allSatisfy(meta -> assertThat(meta.getText()).startsWith(source));

        open("/search?q=Zelenksy");
        WebElement suggestion = browser.findElement(By.cssSelector(".notice a"));
        follow(suggestion);
        assertThat(browser.findElements(By.cssSelector(".passages mark"))).isNotEmpty();
    }

    @Test
    void aTeacherBrowsesQuestionsAndFollowsEvidenceToThePassage() throws Exception {
        open("/questions?storyId=" + seedStory);
        assertThat(browser.findElements(By.cssSelector(".question-list > li"))).hasSizeGreaterThanOrEqualTo(6);
        screenshot("questions");
        WebElement evidence = browser.findElement(By.cssSelector(".evidence a"));
        String target = evidence.getAttribute("href");
        follow(evidence);
        assertThat(browser.getCurrentUrl()).isEqualTo(target);
        String anchor = target.substring(target.indexOf('#') + 1);
        assertThat(browser.findElement(By.id(anchor)).isDisplayed()).isTrue();
    }

    @Test
    void theAdminSignsInAndUploadsAnArticle() throws Exception {
        open("/admin/upload");
        browser.findElement(By.id("password")).sendKeys(IntegrationTest.ADMIN_PASSWORD);
        follow(browser.findElement(By.cssSelector("form.form button")));
        assertThat(browser.getCurrentUrl()).contains("/admin/upload");
        browser.findElement(By.id("text")).sendKeys("Lighthouse Keepers Return to Skarholm\n"
                + "The lighthouse on Skarholm island has keepers again after the council restored the cottage and the lamp. "
                + "Visitors will be able to climb the tower on Sundays from next spring.");
        browser.findElement(By.id("name")).sendKeys("skarholm.txt");
        follow(browser.findElement(By.cssSelector("form.form button")));
        assertThat(browser.findElement(By.cssSelector(".report")).getText()).contains("Added as").contains("Lighthouse Keepers Return");
        screenshot("upload");
    }

    @Test
    void everyMainPageIsValidHtml() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        HttpClient http = HttpClient.newHttpClient();
        for (String path : mainPages()) {
            String html = http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            List<String> errors = report.lines().filter(line -> line.contains("error")).toList();
            assertThat(errors).as("Nu HTML Checker on %s", path).isEmpty();
        }
    }

    @Test
    void everyMainPagePassesAnAxeAuditWithoutSeriousOrCriticalViolations() throws Exception {
        assumeTrue(Files.isRegularFile(AXE), "axe-core is not installed at " + AXE + " (npm install --prefix target/axe axe-core)");
        String axe = Files.readString(AXE);
        for (String path : mainPages()) {
            open(path);
            JavascriptExecutor script = (JavascriptExecutor) browser;
            script.executeScript(axe);
            Object violations = script.executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify("
                            + "r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                            + ".map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ')'))));");
            assertThat(violations.toString()).as("axe-core on %s", path).isEqualTo("[]");
        }
    }

    /** An outlet of the seed story, as its pages link it. */
    private String seedOutlet() {
        return stories.coverage(List.of(seedStory)).get(seedStory).sources().getFirst();
    }

    private List<String> mainPages() {
        return List.of("/", "/articles/1", "/articles/3", "/search?q=Zelensky", "/search?q=Zelenksy", "/stories/" + seedStory,
                "/compare?a=1&b=4", "/questions", "/login", "/no/such/page", "/outlets", "/outlets/" + seedOutlet(),
                "/outlets/no%20such%20outlet");
    }
}
