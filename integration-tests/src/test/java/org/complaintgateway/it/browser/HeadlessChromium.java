package org.complaintgateway.it.browser;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its own chromedriver: skipped where it is not installed,
 * except on CI, which installs it and must not go green without having run the browser test.
 */
final class HeadlessChromium {

    private static final Path BROWSER = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /** Skips the calling test when Chromium is missing; fails it instead when {@code CI=true}. */
    static void assumeInstalled() {
        boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        String missing = "headless Chromium not installed (" + BROWSER + ", " + DRIVER
                + "): apt-get install chromium chromium-driver";
        if (!installed && "true".equals(System.getenv("CI"))) {
            fail(missing + "; CI=true, so the browser test must run, not be skipped");
        }
        Assumptions.assumeTrue(installed, missing + "; browser test skipped");
    }

    /**
     * A fresh browser with its own profile in {@code profileDir}. The browser asks for English pages
     * ({@code Accept-Language: en-US,en}) whatever the machine's locale, so a test that wants Italian
     * must choose it on the page, as a visitor would.
     */
    static ChromeDriver start(Path profileDir) {
        // The Debian driver matches the Debian browser; Selenium Manager would try to download one (no internet here).
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1024,900",
                "--user-data-dir=" + profileDir.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        return new ChromeDriver(options);
    }
}
