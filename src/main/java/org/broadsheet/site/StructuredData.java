package org.broadsheet.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.broadsheet.content.Article;
import org.broadsheet.media.ImageCrops;

/** schema.org data for search engines: NewsArticle, BreadcrumbList and WebSite with its search. */
final class StructuredData {

    private StructuredData() {
    }

    static JsonLd website(String name, String homeUrl) {
        Map<String, Object> search = new LinkedHashMap<>();
        search.put("@type", "SearchAction");
        search.put("target", Map.of("@type", "EntryPoint", "urlTemplate", homeUrl + "search?q={search_term_string}"));
        search.put("query-input", "required name=search_term_string");
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("@context", "https://schema.org");
        site.put("@type", "WebSite");
        site.put("name", name);
        site.put("url", homeUrl);
        site.put("potentialAction", search);
        return JsonLd.of(site);
    }

    static JsonLd breadcrumbs(List<ArchivePage.Crumb> crumbs, String current, String currentUrl, UrlMaker urls) {
        List<Map<String, Object>> items = new ArrayList<>();
        items.add(item(1, "Home", urls.absolute("/")));
        for (ArchivePage.Crumb crumb : crumbs) {
            items.add(item(items.size() + 1, crumb.name(), urls.absolute(crumb.url())));
        }
        if (current != null) {
            items.add(item(items.size() + 1, current, currentUrl));
        }
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("@context", "https://schema.org");
        list.put("@type", "BreadcrumbList");
        list.put("itemListElement", items);
        return JsonLd.of(list);
    }

    static JsonLd newsArticle(Article a, String url, String siteName, String logoUrl, UrlMaker urls, ImageCrops crops) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "NewsArticle");
        data.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", url));
        data.put("headline", a.title().length() > 110 ? a.title().substring(0, 110) : a.title());
        if (!a.dek().isBlank()) {
            data.put("description", a.dek());
        }
        if (a.image() != null) {
            data.put("image", crops.structuredDataUrls(a.image().url()).stream().map(urls::absolute).toList());
        }
        data.put("datePublished", Format.iso(a.publishedAt()));
        data.put("dateModified", Format.iso(a.updatedAt()));
        data.put("author", List.of(Map.of("@type", "Person", "name", a.author().name(),
                "url", urls.absolute(SiteUrls.author(a.author().slug())))));
        Map<String, Object> publisher = new LinkedHashMap<>();
        publisher.put("@type", "NewsMediaOrganization");
        publisher.put("name", siteName);
        publisher.put("url", urls.absolute("/"));
        publisher.put("logo", Map.of("@type", "ImageObject", "url", urls.absolute(logoUrl == null ? "/favicon.svg" : logoUrl)));
        data.put("publisher", publisher);
        data.put("articleSection", a.category().name());
        if (!a.tags().isEmpty()) {
            data.put("keywords", a.tags().stream().map(t -> t.name()).toList());
        }
        if (a.syndication() != null) {
            data.put("sourceOrganization", Map.of("@type", "NewsMediaOrganization", "name", a.syndication().sourceName()));
            if (a.syndication().sourceUrl() != null) {
                data.put("isBasedOn", a.syndication().sourceUrl());
            }
        }
        return JsonLd.of(data);
    }

    private static Map<String, Object> item(int position, String name, String url) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "ListItem");
        item.put("position", position);
        item.put("name", name);
        item.put("item", url);
        return item;
    }

    /** Makes site paths absolute; absolute URLs pass unchanged. */
    interface UrlMaker {
        String absolute(String pathOrUrl);
    }
}
