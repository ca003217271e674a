package org.broadsheet.site;

import java.util.List;

import static org.broadsheet.site.SiteUrls.encode;

/** Share buttons as plain links: no third-party script is loaded until the reader clicks one. */
final class ShareLinks {

    private ShareLinks() {
    }

    static List<ArticlePage.ShareLink> forStory(String title, String url) {
        String u = encode(url);
        String t = encode(title);
        return List.of(
                new ArticlePage.ShareLink("facebook", "Share on Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + u),
                new ArticlePage.ShareLink("x", "Share on X", "https://x.com/intent/post?url=" + u + "&text=" + t),
                new ArticlePage.ShareLink("linkedin", "Share on LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url=" + u),
                new ArticlePage.ShareLink("whatsapp", "Share on WhatsApp", "https://wa.me/?text=" + t + "%20" + u),
                new ArticlePage.ShareLink("email", "Share by email", "mailto:?subject=" + t + "&body=" + u));
    }
}
