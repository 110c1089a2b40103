package io.qunflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.qunflow.ApiClient;
import io.qunflow.ApiTest;
import io.qunflow.Prerequisites;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One Chromium (Debian's, never a downloaded one) for all browser tests, driving the real server
 * of the shared API-test context. Each test gets a fresh browser context (no cookies, no storage);
 * a failing test leaves a screenshot under target/screenshots. The browser is closed when the JVM
 * ends, so every browser test class shares it.
 */
@ApiTest
abstract class BrowserTest {

    // The flags that work as root on a machine whose network is closed.
    private static final List<String> FLAGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repository;

    BrowserContext context;
    Page page;

    /** What the pages' Content-Security-Policy refused, as Chromium reports it: every view runs under it untouched. */
    final List<String> refusedByPolicy = new CopyOnWriteArrayList<>();

    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = extension -> {
        if (extension.getExecutionException().isPresent() && page != null) {
            Path file = Path.of(
                    "target",
                    "screenshots",
                    extension.getRequiredTestClass().getSimpleName() + "."
                            + extension.getRequiredTestMethod().getName() + ".png");
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        }
    };

    @BeforeAll
    static void launchBrowser() {
        Prerequisites.builtUi();
        Prerequisites.chromium();
        if (browser == null) {
            playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(Prerequisites.CHROMIUM)
                            .setHeadless(true)
                            .setArgs(FLAGS));
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        }
    }

    @BeforeEach
    void openContext() {
        context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1440, 900).setLocale("zh-CN"));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                refusedByPolicy.add(message.text());
            }
        });
    }

    @AfterEach
    void closeContext() {
        context.close();
        assertThat(refusedByPolicy).as("refused by the pages' policy").isEmpty();
    }

    /**
     * Waits for a rule set to be published: the server compiles it first, which on two busy cores can
     * take longer than a click's default wait.
     */
    void waitUntilPublished() {
        page.waitForSelector(
                "#rs-status.success:has-text(\"已发布\")", new Page.WaitForSelectorOptions().setTimeout(90_000));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Logs in through the login page, as a person would, and waits for the app's menu. */
    void logIn(String user) {
        logIn(user, "qunflow");
    }

    void logIn(String user, String password) {
        page.navigate(url("/"));
        page.waitForURL("**/login.html**");
        page.fill("#username", user);
        page.fill("#password", password);
        page.click("#login-submit");
        page.waitForSelector("#view[data-ready]");
    }

    /**
     * Saves what the page shows now as {@code docs/images/<name>.png} for the user guide, so its
     * pictures are of the UI as it is (every run of the browser tests takes them again).
     */
    void screenshotForTheGuide(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("..", "docs", "images", name + ".png")));
    }

    String newGroup(String name) {
        String id = "g-" + UUID.randomUUID();
        ApiClient.Reply reply = ApiClient.withKey(port, "qf_dev_key").post("/api/v1/groups", """
                {"id":"%s","name":"%s","intro":"浏览器测试","type":"CONTENT"}""".formatted(id, name));
        assertThat(reply.status()).isEqualTo(201);
        return id;
    }
}
