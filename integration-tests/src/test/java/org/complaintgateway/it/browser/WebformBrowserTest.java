package org.complaintgateway.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.complaintgateway.it.support.TestGateway;
import org.complaintgateway.mappings.json.ComplaintSchema;
import org.complaintgateway.routes.store.JournalEntry;
import org.complaintgateway.routes.store.LedgerReport;
import org.complaintgateway.routes.store.LedgerState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Rule: a person using the web form in a real browser gets a protocol number only for a complaint the
 * ledger holds and delivers (attachment included), and a form the server refuses records nothing and
 * tells them why, in the language they chose.
 */
class WebformBrowserTest {

    private static final Duration PAGE_WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One browser for the class: starting Chromium costs seconds, and no test leaves state in it (no cookies). */
    private static ChromeDriver browser;

    @TempDir
    Path dir;

    private TestGateway gateway;

    @BeforeAll
    static void startBrowser(@TempDir Path profile) {
        HeadlessChromium.assumeInstalled();
        browser = HeadlessChromium.start(profile);
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void startGateway() {
        // A robot fills the form in milliseconds, and the default minFillTime (3s) would take it for a bot.
        // 1ms, not 0s: every duration in the config must be positive.
        gateway = TestGateway.builder(dir).webform("    minFillTime: 1ms\n").build().start();
    }

    @AfterEach
    void stopGateway() {
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void submittedFormShowsProtocolNumberOfAComplaintForwardedWithItsAttachment() throws Exception {
        byte[] receipt = "Order 4711: paid on 3 March, never shipped.\n".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("receipt.txt"), receipt);
        browser.get(gateway.url("/").toString());

        browser.findElement(By.id("name")).sendKeys("Ada Lovelace");
        browser.findElement(By.id("email")).sendKeys("ada@example.org");
        browser.findElement(By.id("subject")).sendKeys("Order 4711 never arrived");
        browser.findElement(By.id("message")).sendKeys("I paid for order 4711 a month ago and nothing has arrived.");
        browser.findElement(By.id("attachment")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        String protocol = waitFor(By.id("protocol-number")).getText();
        assertThat(protocol).matches("RC-\\d{4}-\\d{6}");
        screenshot("webform-confirmation.png");

        Path delivered = dir.resolve("delivered").resolve(protocol + ".json");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(delivered));
        byte[] json = Files.readAllBytes(delivered);
        assertThat(ComplaintSchema.validate(json)).isEmpty();
        JsonNode complaint = JSON.readTree(json);
        assertThat(complaint.path("protocolNumber").asText()).isEqualTo(protocol);
        assertThat(complaint.path("customer").path("email").asText()).isEqualTo("ada@example.org");
        assertThat(complaint.path("subject").asText()).isEqualTo("Order 4711 never arrived");
        JsonNode attachment = complaint.path("attachments").path(0);
        assertThat(attachment.path("name").asText()).isEqualTo("receipt.txt");
        assertThat(attachment.path("size").asLong()).isEqualTo(receipt.length);
        assertThat(attachment.path("sha256").asText()).isEqualTo(sha256(receipt));
        assertThat(Base64.getDecoder().decode(attachment.path("content").asText())).isEqualTo(receipt);

        JournalEntry entry = gateway.store().find(complaint.path("id").asText()).orElseThrow();
        assertThat(entry.protocolNumber()).isEqualTo(protocol);
        assertThat(entry.state()).isEqualTo(LedgerState.FORWARDED);
        assertThat(report().counts()).containsExactly(new LedgerReport.Count("site-form", LedgerState.FORWARDED, 1));
    }

    @Test
    void languageSwitchShowsTheFormInItalian() {
        browser.get(gateway.url("/?lang=it").toString());

        assertThat(browser.findElement(By.cssSelector("html")).getDomAttribute("lang")).isEqualTo("it");
        assertThat(browser.findElement(By.cssSelector("button[type=submit]")).getText()).isEqualTo("Invia il reclamo");
        assertThat(browser.findElement(By.cssSelector("label[for=email]")).getText()).isEqualTo("Indirizzo e-mail");
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo("Invia un reclamo");
    }

    @Test
    void emptyEmailIsRefusedByTheServerAndNothingIsJournaled() {
        browser.get(gateway.url("/?lang=it").toString());
        fillAllButEmail();

        submitSkippingBrowserValidation();

        WebElement error = waitFor(By.id("email-error"));
        assertThat(error.getText()).isNotBlank();
        assertThat(browser.findElements(By.cssSelector("[role=alert] a[href='#email']"))).hasSize(1);
        assertThat(browser.findElement(By.id("email")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("name")).getDomProperty("value")).isEqualTo("Mario Rossi");
        assertThat(report().total()).isZero();
        assertThat(dir.resolve("delivered")).doesNotExist();
    }

    @Test
    void errorPageAfterChoosingItalianStaysItalian() throws Exception {
        browser.get(gateway.url("/?lang=it").toString());
        fillAllButEmail();

        submitSkippingBrowserValidation();

        waitFor(By.id("email-error"));
        screenshot("webform-error-after-choosing-italian.png");
        assertThat(browser.findElement(By.cssSelector("html")).getDomAttribute("lang")).isEqualTo("it");
        assertThat(browser.findElement(By.cssSelector("button[type=submit]")).getText()).isEqualTo("Invia il reclamo");
    }

    private void fillAllButEmail() {
        browser.findElement(By.id("name")).sendKeys("Mario Rossi");
        browser.findElement(By.id("subject")).sendKeys("Fattura sbagliata");
        browser.findElement(By.id("message")).sendKeys("La fattura di marzo riporta un importo errato.");
    }

    /**
     * The e-mail input is {@code required}, so the browser itself would stop an empty one and the server
     * would never see it. The server's check is the one that protects the ledger (any client can skip the
     * browser's), so remove the attribute first and let the form reach the server.
     */
    private void submitSkippingBrowserValidation() {
        browser.executeScript("document.getElementById('email').removeAttribute('required')");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private static WebElement waitFor(By locator) {
        return new WebDriverWait(browser, PAGE_WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private LedgerReport report() {
        return gateway.store().report(Instant.now().minus(Duration.ofMinutes(15)));
    }

    /** Into the build directory (the parent of test-classes), so each helper's build keeps its own. */
    private static void screenshot(String name) throws IOException, URISyntaxException {
        Path testClasses = Path.of(WebformBrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path target = Files.createDirectories(testClasses.getParent().resolve("screenshots")).resolve(name);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
