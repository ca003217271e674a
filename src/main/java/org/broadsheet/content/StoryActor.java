package org.broadsheet.content;

/**
 * Who is working on stories and what their role lets them do with them, as the content rules need
 * it (the newsroom and the Admin API build it from the signed-in account's capabilities).
 *
 * @param writes       may write stories of their own (contributors and up)
 * @param publishesOwn may publish and schedule their own stories (authors and up)
 * @param editsOthers  may edit, publish and trash everyone's stories (editors and administrators)
 */
public record StoryActor(long accountId, String name, boolean writes, boolean publishesOwn, boolean editsOthers) {

    /** Whether the actor may open and change this story at all (others' and ownerless ones need an editor). */
    public boolean mayEdit(Long ownerAccountId) {
        return editsOthers || (writes && ownerAccountId != null && ownerAccountId == accountId);
    }

    /** Whether the actor may publish, schedule or unpublish this story. */
    public boolean mayPublish(Long ownerAccountId) {
        return editsOthers || (publishesOwn && mayEdit(ownerAccountId));
    }
}
