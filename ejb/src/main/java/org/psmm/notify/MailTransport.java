package org.psmm.notify;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import org.psmm.config.ServerEnvironment;

/**
 * Sends one message through WildFly's mail session java:jboss/mail/psmm, with the relay's
 * credentials from the environment when set (the server configuration holds none), and
 * timeouts so a hung relay cannot hold the outbox.
 */
@ApplicationScoped
public class MailTransport implements NotificationTransport {

    @Resource(lookup = "java:jboss/mail/psmm")
    private Session session;

    @Inject
    private ServerEnvironment environment;

    @jakarta.ejb.EJB
    private Outbox outbox;

    @Override
    public String channel() {
        return Notification.MAIL;
    }

    /** A refused recipient is permanent; an unreachable or failing mail server may pass and is retried. */
    @Override
    public void send(Notification n) throws DeliveryFailure {
        try {
            send(n, outbox.attachmentOf(n));
        } catch (MessagingException e) {
            throw new DeliveryFailure(describe(e), false, e);
        }
    }

    private static String describe(MessagingException e) {
        StringBuilder s = new StringBuilder(String.valueOf(e.getMessage()));
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !s.toString().contains(cause.getMessage())) {
            s.append(": ").append(cause.getMessage());
        }
        return s.toString();
    }

    /**
     * Sends a message: plain text, or multipart/alternative (text + HTML) when it has HTML; with
     * an attachment, that body and the file go in a multipart/mixed.
     */
    private void send(Notification n, MailAttachment attachment) throws MessagingException, DeliveryFailure {
        Properties props = new Properties();
        props.putAll(session.getProperties());
        props.putIfAbsent("mail.smtp.connectiontimeout", "10000");
        props.putIfAbsent("mail.smtp.timeout", "30000");
        props.putIfAbsent("mail.smtp.writetimeout", "30000");
        if (environment.smtpUser().isPresent()) {
            props.put("mail.smtp.auth", "true");
        }
        Session s = Session.getInstance(props);
        MimeMessage m = new MimeMessage(s);
        String from = props.getProperty("mail.from");
        if (from != null) {
            m.setFrom(new InternetAddress(from));
        } else {
            m.setFrom();
        }
        InternetAddress to;
        try {
            to = new InternetAddress(n.getRecipient(), true);
        } catch (MessagingException e) {
            throw new DeliveryFailure("bad recipient address: " + e.getMessage(), true, e);
        }
        m.setRecipient(MimeMessage.RecipientType.TO, to);
        m.setSubject(n.getSubject(), StandardCharsets.UTF_8.name());
        m.setSentDate(new Date());
        m.setHeader("X-PSMM-Notification", String.valueOf(n.getId()));
        if (attachment == null) {
            body(m, n);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart content = new MimeBodyPart();
            body(content, n);
            mixed.addBodyPart(content);
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new jakarta.activation.DataHandler(
                    new jakarta.mail.util.ByteArrayDataSource(attachment.data(), attachment.contentType())));
            file.setFileName(attachment.name());
            file.setDisposition(jakarta.mail.Part.ATTACHMENT);
            mixed.addBodyPart(file);
            m.setContent(mixed);
        }
        m.saveChanges();
        try {
            if (environment.smtpUser().isPresent()) {
                Transport.send(m, environment.smtpUser().get(), environment.smtpPassword().orElse(""));
            } else {
                Transport.send(m);
            }
        } catch (SendFailedException e) {
            Address[] valid = e.getValidSentAddresses();
            Address[] invalid = e.getInvalidAddresses();
            if ((valid == null || valid.length == 0) && invalid != null && invalid.length > 0) {
                throw new DeliveryFailure("the mail server refused " + to + ": " + e.getMessage(), true, e);
            }
            throw e;
        }
    }

    /** The readable part: text alone, or text and HTML as alternatives. */
    private static void body(jakarta.mail.internet.MimePart part, Notification n) throws MessagingException {
        if (n.getBodyHtml() == null) {
            part.setText(n.getBodyText(), StandardCharsets.UTF_8.name());
        } else {
            MimeMultipart alternative = new MimeMultipart("alternative");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(n.getBodyText(), StandardCharsets.UTF_8.name());
            MimeBodyPart html = new MimeBodyPart();
            html.setText(n.getBodyHtml(), StandardCharsets.UTF_8.name(), "html");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);
            part.setContent(alternative);
        }
    }
}
