package com.dealerhub.it.support;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The console in headless Chromium, logged in as one user through Keycloak's own login page.
 * Chromium and ChromeDriver are the machine's (Debian packages); nothing is downloaded.
 */
public final class Browser implements AutoCloseable {

    /** Where the screenshots go, for a reviewer to look at. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path downloads;

    private Browser(String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("dealerhub.chromium", "/usr/bin/chromium"));
        // Without the background-networking switches Chromium keeps calling Google's hosts, which this network refuses.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--lang=" + language, "--window-size=1400,1000");
        try {
            downloads = java.nio.file.Files.createTempDirectory("dealerhub-downloads");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language,
                "download.default_directory", downloads.toAbsolutePath().toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("dealerhub.chromedriver", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1400, 1000));
        wait = new WebDriverWait(driver, PATIENCE);
    }

    /** Opens the console and logs in on Keycloak's page; the browser's language is English. */
    public static Browser loginAs(String username) {
        return loginAs(username, "en-US");
    }

    public static Browser loginAs(String username, String language) {
        Browser browser = new Browser(language);
        try {
            browser.driver.get(Stack.wildfly() + "/console/");
            browser.find(By.id("username")).sendKeys(username);
            // With organizations on, Keycloak asks for the username first and the password on a second page.
            if (!browser.present(By.id("password"))) {
                browser.find(By.id("kc-login")).click();
            }
            browser.find(By.id("password")).sendKeys(Stack.demoPassword());
            browser.find(By.id("kc-login")).click();
            browser.waitForText(By.cssSelector("[data-testid=who]"), username);
            return browser;
        } catch (RuntimeException e) {
            browser.screenshot("failed-login-" + username);
            browser.close();
            throw e;
        }
    }

    /** The file the browser saved under the name, once it is complete (a download in progress has another name). */
    public Path downloaded(String name) {
        Path file = downloads.resolve(name);
        wait.until(d -> java.nio.file.Files.isRegularFile(file));
        return file;
    }

    /** A phone's viewport from now on: 390 CSS pixels wide, 844 high, as an iPhone 14 in portrait. */
    public Browser phoneWidth() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", false));
        return this;
    }

    /** What a script run in the page returns (a number, a string, a boolean or a list of them). */
    public Object script(String script, Object... arguments) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Waits until a script run in the page answers true. */
    public Browser waitUntil(String script) {
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(script)));
        return this;
    }

    /** Presses a key in the element that has the focus now. */
    public Browser press(CharSequence key) {
        driver.switchTo().activeElement().sendKeys(key);
        return this;
    }

    /** Goes to a page of the console by its address fragment, e.g. {@code claims/new}. */
    public Browser open(String fragment) {
        driver.get(Stack.wildfly() + "/console/#/" + fragment);
        return this;
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public Browser click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
        return this;
    }

    public Browser type(By by, String text) {
        WebElement input = find(by);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /**
     * Sets an input's value as if typed, for inputs whose typing depends on the browser's locale
     * (dates): the native setter, then the input event React listens to.
     */
    public Browser setValue(By by, String value) {
        WebElement input = find(by);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;"
                        + "setter.call(arguments[0], arguments[1]);"
                        + "arguments[0].dispatchEvent(new Event('input', { bubbles: true }));", input, value);
        return this;
    }

    public Browser choose(By by, String value) {
        new Select(find(by)).selectByValue(value);
        return this;
    }

    /** Hands a file to a file input, as choosing it in the dialog would. */
    public Browser upload(By input, Path file) {
        wait.until(ExpectedConditions.presenceOfElementLocated(input)).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    public String waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return driver.findElement(by).getText();
    }

    public String text(By by) {
        return find(by).getText();
    }

    public boolean present(By by) {
        return !driver.findElements(by).isEmpty();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public void reload() {
        driver.navigate().refresh();
    }

    /** Writes the page as it is now to target/screenshots/NAME.png. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
