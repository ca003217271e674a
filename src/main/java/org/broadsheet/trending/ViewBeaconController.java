package org.broadsheet.trending;

import java.util.regex.Pattern;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/view?id=N}, sent by the article page's script with {@code navigator.sendBeacon}
 * (so it counts views of pages served from a CDN cache). No cookie is read or set and the client's
 * address is not looked at; requests from obvious bots, and prefetches, are ignored.
 */
@RestController
class ViewBeaconController {

    static final Pattern BOTS = Pattern.compile(
            "(?i)bot|crawl|spider|slurp|archiver|fetch|preview|headless|lighthouse|monitor|scan|curl|wget|python|"
                    + "java-http-client|okhttp|go-http-client|libwww|httpclient|facebookexternalhit|embedly");

    private final ViewCounter counter;

    ViewBeaconController(ViewCounter counter) {
        this.counter = counter;
    }

    @PostMapping("/api/v1/view")
    ResponseEntity<Void> view(@RequestParam(required = false) String id,
                              @RequestHeader(value = "User-Agent", required = false) String userAgent,
                              @RequestHeader(value = "Sec-Purpose", required = false) String purpose,
                              @RequestHeader(value = "Purpose", required = false) String legacyPurpose) {
        if (!isBot(userAgent) && purpose == null && legacyPurpose == null) {
            counter.count(parse(id));
        }
        return ResponseEntity.noContent().cacheControl(CacheControl.noStore()).build();
    }

    static boolean isBot(String userAgent) {
        return userAgent == null || userAgent.isBlank() || BOTS.matcher(userAgent).find();
    }

    private static long parse(String id) {
        try {
            return id == null ? -1 : Long.parseLong(id);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
