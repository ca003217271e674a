package org.broadsheet.newsroom.admin;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.accounts.AccessToken;
import org.broadsheet.accounts.AccessTokens;
import org.broadsheet.accounts.Capability;
import org.broadsheet.newsroom.NewsroomFrame;
import org.broadsheet.newsroom.NewsroomFrames;
import org.broadsheet.platform.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /newsroom/tokens}: everyone in the newsroom makes and revokes their own Admin API tokens;
 * administrators see and revoke everyone's. A new token's secret is shown once, in the answer to
 * the POST that made it (never stored, never in a URL).
 */
@Controller
class TokensController {

    static final String PATH = "/newsroom/tokens";
    static final int MAX_LISTED = 500;

    private final NewsroomFrames frames;
    private final AccessTokens tokens;
    private final Audited audited;

    TokensController(NewsroomFrames frames, AccessTokens tokens, Audited audited) {
        this.frames = frames;
        this.tokens = tokens;
        this.audited = audited;
    }

    @GetMapping(PATH)
    String list(@RequestParam(required = false) String revoked, HttpServletRequest request,
                HttpServletResponse response, Model model) {
        NewsroomFrame frame = frames.frame(request, response, "Access tokens", "tokens");
        return render(frame, null, null, "", null, revoked != null ? "The token is revoked: it no longer works." : null, model);
    }

    @PostMapping(PATH)
    String create(@RequestParam(defaultValue = "") String name, HttpServletRequest request, HttpServletResponse response,
                  Model model) {
        NewsroomFrame frame = frames.frame(request, response, "Access tokens", "tokens");
        try {
            AccessTokens.CreatedToken created = audited.run(frame.viewer(), "created", "token",
                    (AccessTokens.CreatedToken t) -> Long.toString(t.id()), "created the access token “" + name.strip() + "”",
                    () -> tokens.create(frame.viewer().id(), name));
            return render(frame, created.token(), name.strip(), "", null, null, model);
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(frame, null, null, name, e.getMessage(), null, model);
        }
    }

    @PostMapping(PATH + "/{id}/revoke")
    String revoke(@PathVariable long id, HttpServletRequest request, HttpServletResponse response) {
        NewsroomFrame frame = frames.frame(request, response, "Access tokens", "tokens");
        AccessToken token = tokens.find(id).orElseThrow(() -> new NotFoundException("No such token"));
        if (token.accountId() != frame.viewer().id() && !everyone(frame)) {
            throw new AccessDeniedException("not your token");
        }
        audited.run(frame.viewer(), "revoked", "token", Long.toString(id),
                "revoked the access token “" + token.name() + "” of " + token.accountEmail(), () -> tokens.revoke(id));
        return "redirect:" + PATH + "?revoked";
    }

    private String render(NewsroomFrame frame, String created, String createdName, String name, String error,
                          String notice, Model model) {
        boolean everyone = everyone(frame);
        List<AccessToken> list = everyone ? tokens.all(MAX_LISTED) : tokens.ofAccount(frame.viewer().id());
        model.addAttribute("page", new TokensPage(frame, list, everyone, created, createdName, name, error, notice));
        return "newsroom/tokens";
    }

    private static boolean everyone(NewsroomFrame frame) {
        return frame.can(Capability.MANAGE_USERS);
    }
}
