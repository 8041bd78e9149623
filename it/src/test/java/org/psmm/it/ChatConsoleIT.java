package org.psmm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Settings page, chat channels, in a real browser: add a channel, send a test message, never see the URL again. */
@ExtendWith(ArquillianExtension.class)
class ChatConsoleIT {

    private static ChatReceiver receiver;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return PsmmServer.ear();
    }

    @BeforeAll
    static void receiver() {
        receiver = ChatReceiver.start();
    }

    @AfterAll
    static void stop() {
        ChatChannels.deleteChannels();
        receiver.close();
    }

    @Test
    void anAdminAddsAChannelAndItsTestMessageArrives() throws Exception {
        String secret = "token-" + UUID.randomUUID();
        String name = "ops-" + UUID.randomUUID().toString().substring(0, 6);
        WebDriver driver = Browser.start();
        try {
            Browser.logIn(driver, "/settings.xhtml", PsmmServer.ADMIN, PsmmServer.ADMIN_PASSWORD);
            Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("chatForm:chat-add")));

            driver.findElement(By.id("chatForm:chat-url")).sendKeys("ftp://nope.example/");
            driver.findElement(By.id("chatForm:chat-name")).sendKeys(name);
            driver.findElement(By.id("chatForm:chat-add")).click();
            Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("chatForm"), "https://"));
            assertTrue(driver.findElement(By.id("chatForm")).getText().contains("A webhook URL starting with https://"));

            driver.findElement(By.id("chatForm:chat-url")).clear();
            driver.findElement(By.id("chatForm:chat-url")).sendKeys(
                    "http://127.0.0.1:" + receiver.port() + "/v1/spaces/X/messages?token=" + secret);
            driver.findElement(By.id("chatForm:chat-add")).click();
            By row = By.xpath("//span[contains(@class,'chat-name') and text()='" + name + "']/ancestor::tr");
            Browser.waitFor(driver).until(ExpectedConditions.visibilityOfElementLocated(row));
            assertFalse(driver.getPageSource().contains(secret), "the webhook URL is never shown back");
            assertTrue(driver.findElement(row).getText().contains("http://127.0.0.1:" + receiver.port() + "/…"));

            driver.findElement(row).findElement(By.cssSelector("button.chat-test")).click();
            Browser.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"),
                    "Test message delivered to " + name + "."));
            List<ChatReceiver.Post> posts = receiver.all();
            assertEquals(1, posts.size(), posts.toString());
            assertTrue(posts.get(0).body().startsWith("{\"text\":\"*PSMM test message for " + name + "*"), posts.get(0).body());
            Browser.screenshot(driver, "settings-chat");
        } finally {
            Browser.quit(driver);
        }
    }
}
