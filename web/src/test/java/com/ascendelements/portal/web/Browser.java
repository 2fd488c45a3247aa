package com.ascendelements.portal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with the driver and browser given explicitly so that Selenium
 * never tries to download one. Files the browser downloads land in {@link #downloads()}.
 */
final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final String base;
    private final Path downloads;
    private final Path profile;

    Browser(String base) {
        this.base = base;
        try {
            this.downloads = Files.createTempDirectory("portal-downloads");
            this.profile = Files.createTempDirectory("portal-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                        "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    WebDriver driver() {
        return driver;
    }

    Path downloads() {
        return downloads;
    }

    Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    Browser login(String user, String password) {
        driver.manage().deleteAllCookies();
        open("login.xhtml");
        driver.findElement(By.id("login:username")).sendKeys(user);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.executeScript("window.portalBeforeSubmit = true;");
        driver.findElement(By.id("login:submit")).click();
        // the form posts without Ajax: wait until the next page has replaced this one (a new window forgets the mark)
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(
                driver.executeScript("return window.portalBeforeSubmit === undefined && document.readyState === 'complete';")));
        return this;
    }

    WebElement find(String id) {
        return waitFor(By.id(id));
    }

    /** Clicks the element once it is in the middle of the window (at its bottom edge a click can land on the scrollbar). */
    void click(String id) {
        WebElement element = find(id);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Clicks a link by its text, again if an Ajax update replaced it between finding and clicking. */
    void clickLink(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            try {
                d.findElement(By.linkText(text)).click();
                return true;
            } catch (WebDriverException e) {
                return falseIfReplaced(e);
            }
        });
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until the page shows the text (after an Ajax update). */
    void waitForText(String expected) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            try {
                return d.findElement(By.tagName("body")).getText().contains(expected);
            } catch (WebDriverException e) {
                return falseIfReplaced(e);
            }
        });
    }

    /**
     * An element an Ajax update or a navigation replaced between finding and reading it: Selenium says stale element, or
     * Chrome's inspector says "Node with given id does not belong to the document" (an unknown error). Anything else is
     * thrown.
     */
    private static boolean falseIfReplaced(WebDriverException e) {
        if (e instanceof StaleElementReferenceException
                || (e.getMessage() != null && e.getMessage().contains("does not belong to the document"))) {
            return false;
        }
        throw e;
    }

    boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /** The text of the page; read again if an Ajax update or a navigation replaced the body meanwhile. */
    String text() {
        for (int attempt = 1; ; attempt++) {
            try {
                return driver.findElement(By.tagName("body")).getText();
            } catch (WebDriverException e) {
                falseIfReplaced(e);
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(base.length());
    }

    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(file.resolveSibling(file.getFileName() + ".html"), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save a screenshot: " + e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
