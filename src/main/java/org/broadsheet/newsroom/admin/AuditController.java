package org.broadsheet.newsroom.admin;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.accounts.AccountService;
import org.broadsheet.accounts.Capability;
import org.broadsheet.audit.AuditEntry;
import org.broadsheet.audit.AuditLog;
import org.broadsheet.newsroom.NewsroomFrame;
import org.broadsheet.newsroom.NewsroomFrames;
import org.broadsheet.site.SiteUrls;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /newsroom/audit} (administrators): who did what to which subject, newest first. */
@Controller
class AuditController {

    static final int PER_PAGE = 50;
    static final List<String> TYPES = List.of("story", "category", "tag", "page", "setting", "user", "token", "source");

    private final NewsroomFrames frames;
    private final AuditLog auditLog;
    private final AccountService accounts;

    AuditController(NewsroomFrames frames, AuditLog auditLog, AccountService accounts) {
        this.frames = frames;
        this.auditLog = auditLog;
        this.accounts = accounts;
    }

    @GetMapping("/newsroom/audit")
    String list(@RequestParam(required = false) String type, @RequestParam(required = false) Long actor,
                @RequestParam(required = false) Long before, HttpServletRequest request, HttpServletResponse response,
                Model model) {
        NewsroomFrame frame = frames.frame(request, response, "Audit log", "audit");
        if (!frame.can(Capability.VIEW_AUDIT_LOG)) {
            throw new AccessDeniedException("audit log");
        }
        String subjectType = type == null || type.isBlank() || type.length() > 40 ? null : type.strip();
        List<AuditEntry> entries = auditLog.page(before, subjectType, actor, PER_PAGE + 1);
        String older = null;
        if (entries.size() > PER_PAGE) {
            entries = entries.subList(0, PER_PAGE);
            older = "/newsroom/audit?before=" + entries.getLast().id()
                    + (subjectType == null ? "" : "&type=" + SiteUrls.encode(subjectType))
                    + (actor == null ? "" : "&actor=" + actor);
        }
        model.addAttribute("page", new AuditPage(frame, entries, TYPES, subjectType == null ? "" : subjectType,
                accounts.list(500, 0), actor, older));
        return "newsroom/audit";
    }
}
