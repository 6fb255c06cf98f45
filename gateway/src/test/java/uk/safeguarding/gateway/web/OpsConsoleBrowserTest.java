package uk.safeguarding.gateway.web;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.safeguarding.gateway.domain.Upstream;
import uk.safeguarding.gateway.service.KafkaFlowSampler;
import uk.safeguarding.gateway.support.FakeKeycloak;
import uk.safeguarding.gateway.support.GatewayTestResource;
import uk.safeguarding.gateway.support.OpsSections;
import uk.safeguarding.gateway.support.StubUpstreams;
import uk.safeguarding.testing.KafkaBroker;
import uk.safeguarding.testing.TestTokens;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The operations console in a real headless Chromium: it logs in by the authorization code
 * flow with PKCE (against a stand-in for Keycloak's endpoints; the real realm is exercised by
 * the end-to-end suite), shows the sections and charts, and a click on Retry sends the retry
 * of a dead letter through the gateway and shows the delivery delivered. Tests that only need
 * a logged-in page use a token injected through sessionStorage, which only the test profile accepts.
 */
@QuarkusTest
@QuarkusTestResource(GatewayTestResource.class)
class OpsConsoleBrowserTest {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    static final String DEAD = "d-0001";

    @TestHTTPResource("/")
    URL base;

    @Inject
    KafkaFlowSampler sampler;

    final StubUpstreams stubs = StubUpstreams.get();
    /** One browser for the class (starting Chromium is the slow part); storage is cleared between tests. */
    static WebDriver driver;

    @BeforeEach
    void browser() {
        assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Chromium is not installed (apt-get install -y chromium chromium-driver): browser test skipped");
        stubs.reset();
        if (driver == null) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--window-size=1400,1300");
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                    .usingAnyFreePort().build();
            driver = new ChromeDriver(service, options);
        }
        driver.get(base + "ops/config.json");
        ((JavascriptExecutor) driver).executeScript("sessionStorage.clear()");
    }

    @AfterAll
    static void close() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @Test
    void showsTheConsoleAndRetriesADeadLetter() throws Exception {
        OpsSections.script(stubs);
        // After the retry the delivery is no longer a dead letter and counts as delivered.
        stubs.answer(Upstream.NOTIFICATION, "POST", "/api/deliveries/" + DEAD + "/retry",
                StubUpstreams.Answer.json(200, "{\"id\":\"" + DEAD + "\",\"status\":\"DELIVERED\"}"));
        stubs.whenReceived(Upstream.NOTIFICATION, "POST", "/api/deliveries/" + DEAD + "/retry", () -> {
            stubs.answer(Upstream.NOTIFICATION, "GET", "/api/deliveries?status=DEAD_LETTERED&page=0&size=50",
                    StubUpstreams.Answer.json(200, "{\"items\":[],\"page\":0,\"size\":50,\"total\":0}"));
            stubs.answer(Upstream.NOTIFICATION, "GET", "/api/deliveries/summary",
                    StubUpstreams.Answer.json(200, "{\"byStatus\":{\"DELIVERED\":42,\"RETRYING\":2},"
                            + "\"byAgency\":{\"LA-801\":{\"DELIVERED\":31},\"PF-01\":{\"DELIVERED\":11}}}"));
        });
        feedKafka();

        String token = TestTokens.token("OPS-1", "ops");
        ((JavascriptExecutor) driver).executeScript("sessionStorage.setItem('ops.injectedToken', arguments[0])", token);
        driver.get(base + "ops");

        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        WebElement retry = wait.until(d -> d.findElements(By.cssSelector("button.retry[data-delivery-id='" + DEAD + "']"))
                .stream().findFirst().orElse(null));
        assertThat(driver.findElement(By.id("byStatus")).getText()).contains("DELIVERED").contains("41");
        assertThat(driver.findElement(By.id("unlinkedMissingReports")).getText()).contains("m-0001").contains("URN-100001");
        assertThat(driver.findElement(By.id("overdueReferrals")).getText()).contains("unavailable");
        assertThat(driver.findElement(By.id("topics")).getText()).contains("safeguarding.referrals");
        assertThat((Boolean) ((JavascriptExecutor) driver).executeScript(
                "return !!window.Chart && !!window.Chart.getChart('throughputChart') && !!window.Chart.getChart('lagChart')"))
                .as("Chart.js loaded from the gateway and both charts drawn").isTrue();
        screenshot("ops-console.png");

        retry.click();
        wait.until(d -> d.findElement(By.id("deadLetters")).getText().contains("DELIVERED"));
        wait.until(d -> d.findElement(By.id("byStatus")).getText().contains("42"));
        assertThat(driver.findElement(By.id("deadLetters")).getText()).contains(DEAD).contains("DELIVERED");
        assertThat(stubs.received(Upstream.NOTIFICATION)).filteredOn(r -> r.method().equals("POST"))
                .singleElement().satisfies(r -> {
                    assertThat(r.uri()).isEqualTo("/api/deliveries/" + DEAD + "/retry");
                    assertThat(r.headers().get("authorization")).isEqualTo("Bearer " + token);
                    assertThat(r.headers().get("idempotency-key")).isNotBlank();
                    assertThat(r.headers().get("x-correlation-id")).isNotBlank();
                });
        String page = driver.getPageSource();
        for (String personal : new String[] {"Jo Bloggs", "givenName", "the park", "0c5e2b7a"}) {
            assertThat(page).doesNotContain(personal);
        }
        screenshot("ops-console-after-retry.png");
    }

    @Test
    void logsInByTheAuthorizationCodeFlowWithPkce() {
        OpsSections.script(stubs);
        driver.get(base + "ops/");
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.cssSelector("button.retry[data-delivery-id='" + DEAD + "']")).isEmpty());
        assertThat(FakeKeycloak.get().events()).containsSubsequence(
                "authorize client=safeguarding-web method=S256 type=code", "token ok client=safeguarding-web");
        assertThat(driver.getCurrentUrl()).as("the code is cleared from the address bar").isEqualTo(base + "ops/");
        assertThat(stubs.received(Upstream.NOTIFICATION)).isNotEmpty().allSatisfy(r ->
                assertThat(r.headers().get("authorization")).startsWith("Bearer ey"));
    }

    @Test
    void anotherRoleSeesThatTheConsoleIsForOps() {
        ((JavascriptExecutor) driver).executeScript("sessionStorage.setItem('ops.injectedToken', arguments[0])",
                TestTokens.token("URN-100001", "dcpo"));
        driver.get(base + "ops/");
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("error")).getText().contains("ops role"));
        assertThat(driver.findElement(By.id("console")).isDisplayed()).isFalse();
    }

    private void feedKafka() throws Exception {
        sampler.sample();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", KafkaBroker.bootstrapServers(),
                "key.serializer", StringSerializer.class.getName(), "value.serializer", StringSerializer.class.getName()))) {
            for (int i = 0; i < 4; i++) {
                producer.send(new ProducerRecord<>("safeguarding.concerns", "k" + i, "{}")).get();
            }
        }
        Thread.sleep(20);
        sampler.sample();
    }

    private void screenshot(String name) throws Exception {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
