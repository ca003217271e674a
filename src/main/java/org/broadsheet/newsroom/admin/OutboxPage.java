package org.broadsheet.newsroom.admin;

import java.util.List;

import org.broadsheet.newsroom.NewsroomFrame;
import org.broadsheet.platform.mail.Outbox;

/** The outbox: kept mails newest first, or one mail opened ({@code open} not null). */
public record OutboxPage(NewsroomFrame frame, List<Outbox.Mail> mails, int pageNumber, boolean more, Outbox.Mail open) {

    public String delivery(Outbox.Mail mail) {
        return switch (mail.delivery()) {
            case "smtp" -> "Sent";
            case "log" -> "Only logged";
            case "failed" -> "Failed";
            default -> mail.delivery();
        };
    }
}
