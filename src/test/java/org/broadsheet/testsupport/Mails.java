package org.broadsheet.testsupport;

import java.time.Duration;
import java.util.Arrays;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Mails GreenMail received, by recipient. */
public final class Mails {

    private Mails() {
    }

    /** The body of the newest mail to {@code address}, waiting up to 10 s for it. */
    public static String bodyTo(GreenMail mail, String address) {
        MimeMessage[] found = new MimeMessage[1];
        Eventually.eventually(Duration.ofSeconds(10), () -> found[0] = newest(mail, address));
        return GreenMailUtil.getBody(found[0]);
    }

    /** How many mails {@code address} received. */
    public static long countTo(GreenMail mail, String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> sentTo(m, address)).count();
    }

    /** The subject of the newest mail to {@code address}. */
    public static String subjectTo(GreenMail mail, String address) {
        MimeMessage[] found = new MimeMessage[1];
        Eventually.eventually(Duration.ofSeconds(10), () -> found[0] = newest(mail, address));
        try {
            return found[0].getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MimeMessage newest(GreenMail mail, String address) {
        MimeMessage[] received = mail.getReceivedMessages();
        for (int i = received.length - 1; i >= 0; i--) {
            if (sentTo(received[i], address)) {
                return received[i];
            }
        }
        throw new AssertionError("no mail to " + address);
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
