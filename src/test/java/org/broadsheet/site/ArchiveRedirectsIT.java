package org.broadsheet.site;

import org.broadsheet.content.Category;
import org.broadsheet.content.Tag;
import org.broadsheet.content.TaxonomyEditing;
import org.broadsheet.testsupport.AppTest;
import org.broadsheet.testsupport.SiteClient.Answer;
import org.broadsheet.testsupport.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Links to a renamed, merged or deleted category or tag keep working: 301 to where it went. */
class ArchiveRedirectsIT extends AppTest {

    @Autowired
    TaxonomyEditing editing;

    @Test
    void a_renamed_categorys_old_address_answers_301_with_the_new_one_keeping_the_query() {
        Category category = editing.createCategory(Unique.name("Weather"), "", "", null);
        stories().any().inCategory(category.slug()).save();
        String renamed = Unique.slug("climate");

        editing.updateCategory(category.id(), category.name(), renamed, "", null);
        Answer old = newReader().get("/category/" + category.slug() + "?before=abc");

        assertThat(old.status()).isEqualTo(301);
        assertThat(old.header("Location").orElseThrow()).endsWith("/category/" + renamed + "?before=abc");
        assertThat(newReader().get("/category/" + renamed).status()).isEqualTo(200);
    }

    @Test
    void a_deleted_categorys_address_leads_to_the_category_its_stories_moved_to() {
        Category gone = editing.createCategory(Unique.name("Motoring"), "", "", null);
        Category target = editing.createCategory(Unique.name("Transport"), "", "", null);
        stories().any().inCategory(gone.slug()).save();

        editing.deleteCategory(gone.id(), target.id());

        assertThat(newReader().get("/category/" + gone.slug()).header("Location").orElseThrow())
                .endsWith("/category/" + target.slug());
    }

    @Test
    void a_new_category_can_take_an_old_address_and_then_answers_there_itself() {
        Category first = editing.createCategory(Unique.name("Arts"), "", "", null);
        String oldSlug = first.slug();
        editing.updateCategory(first.id(), first.name(), Unique.slug("culture"), "", null);

        Category second = editing.createCategory(Unique.name("Arts again"), oldSlug, "", null);
        stories().any().inCategory(second.slug()).save();

        Answer answer = newReader().get("/category/" + oldSlug);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.html().select("h1").text()).isEqualTo(second.name());
    }

    @Test
    void renamed_and_merged_tags_answer_301_and_an_unknown_one_still_404() {
        Tag a = editing.createTag(Unique.name("Harbour"), "");
        Tag b = editing.createTag(Unique.name("Port"), "");
        String renamed = Unique.slug("harbours");

        editing.renameTag(a.id(), a.name(), renamed);
        assertThat(newReader().get("/tag/" + a.slug()).header("Location").orElseThrow()).endsWith("/tag/" + renamed);
        editing.mergeTag(a.id(), b.id());

        assertThat(newReader().get("/tag/" + renamed).header("Location").orElseThrow()).endsWith("/tag/" + b.slug());
        assertThat(newReader().get("/tag/" + a.slug()).header("Location").orElseThrow()).endsWith("/tag/" + b.slug());
        assertThat(newReader().get("/tag/" + Unique.slug("never-was")).status()).isEqualTo(404);
        assertThat(newReader().get("/category/" + Unique.slug("never-was")).status()).isEqualTo(404);
    }
}
