package org.broadsheet.content;

/**
 * A page of the stories list: one tab, optional filters (blank = any), a page number from 1.
 *
 * @param author an author slug
 * @param category a category slug
 * @param title words the headline contains
 */
public record StoryQuery(StoryTab tab, String category, String author, String title, int page) {

    public static final int PAGE_SIZE = 25;
    /** Deeper pages than this are refused: narrow the list with the filters instead. */
    public static final int MAX_PAGE = 400;
}
