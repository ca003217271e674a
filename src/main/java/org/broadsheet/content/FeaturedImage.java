package org.broadsheet.content;

/** The lead picture of a story; width and height let the browser reserve its space. */
public record FeaturedImage(String url, String alt, String caption, int width, int height) {
}
