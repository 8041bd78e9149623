package org.psmm.it;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The Users page and My account, as a person uses them (a page object for the browser tests). */
final class UsersConsole {

    private final WebDriver driver;

    UsersConsole(WebDriver driver) {
        this.driver = driver;
    }

    UsersConsole open() {
        driver.get(PsmmServer.URL + "/users.xhtml");
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("usersForm:users")));
        return this;
    }

    /** Fills and sends the "Add a user" dialog; returns what the page then says. */
    String add(String username, String role, String password) {
        boolean open = driver.findElements(By.id("newUserForm:new-username")).stream().anyMatch(WebElement::isDisplayed);
        if (!open) { // after a refused add the dialog stays open, with what was typed
            driver.findElement(By.id("usersForm:add-user")).click();
            Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("newUserForm:new-username")));
        }
        type("newUserForm:new-username", username);
        type("newUserForm:new-displayName", "Person " + username);
        type("newUserForm:new-email", username + "@it.example.org");
        Browser.choose(driver, "newUserForm:new-role", roleLabel(role));
        type("newUserForm:new-password", password);
        WebElement before = driver.findElement(By.id("newUserForm:new-username"));
        driver.findElement(By.id("newUserForm:create-user")).click();
        // The answer re-renders the dialog's form: wait for that, then read what it and the page say.
        Browser.waitFor(driver).until(ExpectedConditions.stalenessOf(before));
        return Browser.waitFor(driver).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("usersForm:messages")).getText() + " " + d.findElement(By.id("newUserForm")).getText());
    }

    /** The table row of a user, as text. */
    String row(String username) {
        return Browser.waitFor(driver).ignoring(StaleElementReferenceException.class).until(d -> rowElement(username).getText());
    }

    /** Clicks a row's button (Edit, Disable, Remove), confirming the removal. */
    String press(String username, String buttonClass) {
        String before = driver.findElement(By.id("usersForm:messages")).getText();
        WebElement button = rowElement(username).findElement(By.cssSelector("." + buttonClass));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", button);
        if (buttonClass.equals("user-delete")) {
            WebElement yes = Browser.waitFor(driver).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")));
            yes.click();
        }
        return Browser.waitFor(driver).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    String said = d.findElement(By.id("usersForm:messages")).getText();
                    return said.isBlank() || said.equals(before) ? null : said;
                });
    }

    /** Edit dialog: a new role, saved; returns what the dialog or the page says. */
    String changeRole(String username, String role) {
        WebElement edit = rowElement(username).findElement(By.cssSelector(".user-edit"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", edit);
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("editUserForm:edit-role")));
        Browser.choose(driver, "editUserForm:edit-role", roleLabel(role));
        driver.findElement(By.id("editUserForm:save-user")).click();
        return Browser.waitFor(driver).ignoring(StaleElementReferenceException.class).until(d -> {
            String said = d.findElement(By.id("usersForm:messages")).getText() + " " + d.findElement(By.id("editUserForm")).getText();
            return said.contains("saved") || said.contains("last enabled administrator") || said.contains("dernier") ? said : null;
        });
    }

    /** My account: changes the signed-in user's password; returns what the page says. */
    String changeOwnPassword(String current, String next) {
        driver.get(PsmmServer.URL + "/account.xhtml");
        Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("passwordForm:currentPassword")));
        type("passwordForm:currentPassword", current);
        type("passwordForm:newPassword", next);
        type("passwordForm:repeatPassword", next);
        driver.findElement(By.id("passwordForm:change-password")).click();
        return Browser.waitFor(driver).ignoring(StaleElementReferenceException.class).until(d -> {
            String said = d.findElement(By.id("messages")).getText() + d.findElement(By.id("passwordForm")).getText();
            return said.contains("changed") || said.contains("not right") ? said : null;
        });
    }

    private WebElement rowElement(String username) {
        List<WebElement> rows = driver.findElements(By.cssSelector("[id='usersForm:users'] tbody tr"));
        return rows.stream().filter(r -> r.findElements(By.cssSelector(".user-name")).stream().anyMatch(e -> e.getText().equals(username)))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + username));
    }

    private void type(String id, String text) {
        WebElement e = driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    static String roleLabel(String role) {
        return switch (role) {
            case "admin" -> "Administrator";
            case "operator" -> "Operator";
            default -> "Viewer";
        };
    }
}
