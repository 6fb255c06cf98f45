package uk.safeguarding.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static uk.safeguarding.e2e.Fixtures.as;
import static uk.safeguarding.e2e.Fixtures.eventually;

/**
 * The operations console in a real headless Chromium against the real stack: the ops user logs
 * in through Keycloak's login page (authorization code with PKCE), sees a dead letter, clicks
 * Retry and sees it delivered. Screenshots are saved under e2e/target/.
 */
@ExtendWith(StackExtension.class)
class OpsConsoleIT {

    private static WebDriver driver;

    @AfterAll
    static void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void anOpsUserLogsInSeesADeadLetterRetriesItAndSeesItDelivered() throws Exception {
        File chromium = new File("/usr/bin/chromium");
        File chromedriver = new File("/usr/bin/chromedriver");
        assumeTrue(chromium.canExecute() && chromedriver.canExecute(),
                "Chromium is not installed (.ci/run installs chromium and chromium-driver)");

        // A specialist whose endpoint refuses the first delivery outright: dead-lettered at once.
        WebhookReceiver receiver = Agencies.receiver();
        Agencies.webhook("HEALTH-001");
        String childId = Scenario.lookedAfterChildAtOakHouse("Sky", "Console", 15);
        String concernId = as("staff.oakhouse").body(Scenario.concern(childId, List.of("HEALTH_CHRONIC_FATIGUE"), false, null))
                .when().post("/api/concerns").then().statusCode(201).extract().path("id");
        receiver.rejectFirst("/HEALTH-001", concernId, 1);
        as("dcpo.oakhouse").body(Scenario.decision("REFER", false,
                        Map.of("specialistOrgId", "HEALTH-001", "agreed", true, "by", "CHILD")))
                .when().post("/api/concerns/" + concernId + "/decision").then().statusCode(200);
        String[] deadLetter = new String[1];
        eventually(Duration.ofSeconds(90), () -> {
            List<String> ids = as("ops.user").when().get("/api/deliveries?status=DEAD_LETTERED&agencyOrgId=HEALTH-001")
                    .then().statusCode(200).extract().jsonPath().getList("items.id");
            assertThat(ids).isNotEmpty();
            deadLetter[0] = ids.get(0);
        });

        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1400");
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).usingAnyFreePort().build(), options);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));

        driver.get(StackExtension.stack().gatewayUrl() + "/ops/");
        wait.until(d -> d.getCurrentUrl().startsWith(StackExtension.stack().keycloakUrl()));
        driver.findElement(By.id("username")).sendKeys("ops.user");
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.id("kc-login")).click();

        WebElement retry = wait.until(d -> d.findElements(By.cssSelector("button.retry[data-delivery-id='" + deadLetter[0] + "']"))
                .stream().findFirst().orElse(null));
        assertThat(driver.getCurrentUrl()).startsWith(StackExtension.stack().gatewayUrl() + "/ops/");
        screenshot("ops-console-dead-letter.png");
        String page = driver.getPageSource();
        assertThat(page).doesNotContain("Sky", "Console\"", childId);

        retry.click();
        eventually(Duration.ofSeconds(60), () -> assertThat(as("ops.user").when().get("/api/deliveries/" + deadLetter[0])
                .then().statusCode(200).extract().<String>path("status")).isEqualTo("DELIVERED"));
        driver.findElement(By.id("refresh")).click();
        wait.until(d -> {
            String deadLetters = d.findElement(By.id("deadLetters")).getText();
            return !deadLetters.contains(deadLetter[0]) || deadLetters.contains("DELIVERED");
        });
        wait.until(d -> d.findElement(By.id("byStatus")).getText().contains("DELIVERED"));
        screenshot("ops-console-after-retry.png");
    }

    private static void screenshot(String name) throws Exception {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
