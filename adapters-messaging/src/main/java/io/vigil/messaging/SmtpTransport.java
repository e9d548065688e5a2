package io.vigil.messaging;

import io.vigil.alerting.domain.OutboundMessage;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * E-mail over SMTP with Angus Mail. The message id becomes the e-mail's {@code Message-ID}
 * ({@code <id@vigil>}), so a copy sent twice around a crash is recognisably the same message. A
 * refused recipient or bad address fails for good; a connection or server failure may pass.
 */
public final class SmtpTransport implements io.vigil.messaging.Transport {
    private final SmtpSettings settings;
    private final Session session;

    public SmtpTransport(SmtpSettings settings) {
        this.settings = settings;
        Properties p = new Properties();
        p.put("mail.smtp.host", settings.host());
        p.put("mail.smtp.port", Integer.toString(settings.port()));
        p.put("mail.smtp.auth", Boolean.toString(settings.username().isPresent()));
        p.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        p.put("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        String millis = Long.toString(settings.timeout().toMillis());
        p.put("mail.smtp.connectiontimeout", millis);
        p.put("mail.smtp.timeout", millis);
        p.put("mail.smtp.writetimeout", millis);
        this.session = Session.getInstance(p);
    }

    @Override
    public void deliver(OutboundMessage m) {
        MimeMessage mail;
        try {
            mail = new Identified(session, "<" + m.id() + "@vigil>");
            mail.setFrom(new InternetAddress(settings.from(), true));
            mail.setRecipients(Message.RecipientType.TO, new Address[] {new InternetAddress(m.address(), true)});
            mail.setSubject(subject(m.text()), StandardCharsets.UTF_8.name());
            mail.setText(m.text(), StandardCharsets.UTF_8.name());
            mail.setHeader("X-Vigil-Message-Id", m.id());
        } catch (AddressException e) {
            throw new DeliveryException("address '" + m.address() + "' is not an e-mail address", false, e);
        } catch (MessagingException e) {
            throw new DeliveryException("the e-mail could not be built: " + e.getMessage(), false, e);
        }
        try {
            if (settings.username().isPresent()) {
                Transport.send(mail, settings.username().get(), settings.password().orElseThrow());
            } else {
                Transport.send(mail);
            }
        } catch (SendFailedException e) {
            throw new DeliveryException("the server refused " + m.address() + ": " + e.getMessage(), false, e);
        } catch (AuthenticationFailedException e) {
            throw new DeliveryException("the server refused the credentials", false, e);
        } catch (MessagingException e) {
            throw new DeliveryException("SMTP " + settings.host() + ":" + settings.port() + " failed: "
                    + e.getMessage(), true, e);
        }
    }

    /** The first line of the text, at most 78 characters, as the subject. */
    static String subject(String text) {
        String line = text.lines().findFirst().orElse("Vigil").strip();
        return line.length() <= 78 ? line : line.substring(0, 77) + "…";
    }

    /** A MIME message that keeps the Message-ID it was given instead of making one up when sent. */
    private static final class Identified extends MimeMessage {
        private final String messageId;

        Identified(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
