package org.broadsheet.accounts;

/**
 * Something a signed-in person may do, like WordPress's capabilities. Checked on every route that
 * needs it (as the authority of the same name), not only hidden in the UI.
 */
public enum Capability {
    /** See and edit one's own profile and password. */
    EDIT_PROFILE,
    /** Enter the newsroom. */
    ENTER_NEWSROOM,
    /** Write stories of one's own and keep them as drafts. */
    EDIT_OWN_STORIES,
    /** Publish (and schedule) one's own stories. */
    PUBLISH_OWN_STORIES,
    /** Upload pictures to the media library. */
    UPLOAD_MEDIA,
    /** Edit, publish and trash everyone's stories. */
    EDIT_OTHERS_STORIES,
    /** Categories and tags. */
    MANAGE_CATEGORIES,
    /** Static pages (about, privacy, ...). */
    MANAGE_PAGES,
    /** The review queue of syndicated stories. */
    REVIEW_QUEUE,
    /** Wire feed sources. */
    MANAGE_SOURCES,
    /** Site settings. */
    MANAGE_SETTINGS,
    /** Create, change and disable accounts. */
    MANAGE_USERS,
    /** The audit log and the mail outbox. */
    VIEW_AUDIT_LOG;

    /** The Spring Security authority that stands for this capability. */
    public String authority() {
        return "CAP_" + name();
    }
}
