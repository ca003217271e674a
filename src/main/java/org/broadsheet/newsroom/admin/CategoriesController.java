package org.broadsheet.newsroom.admin;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.accounts.Capability;
import org.broadsheet.content.Category;
import org.broadsheet.content.InputProblem;
import org.broadsheet.content.Tag;
import org.broadsheet.content.TaxonomyCount;
import org.broadsheet.content.TaxonomyEditing;
import org.broadsheet.content.TaxonomyService;
import org.broadsheet.newsroom.NewsroomFrame;
import org.broadsheet.newsroom.NewsroomFrames;
import org.broadsheet.platform.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /newsroom/categories}: categories (with parents) and tags (rename, merge, delete). */
@Controller
class CategoriesController {

    static final String PATH = "/newsroom/categories";
    static final int TAGS_PER_PAGE = 50;

    private final NewsroomFrames frames;
    private final TaxonomyService taxonomy;
    private final TaxonomyEditing editing;
    private final Audited audited;

    CategoriesController(NewsroomFrames frames, TaxonomyService taxonomy, TaxonomyEditing editing, Audited audited) {
        this.frames = frames;
        this.taxonomy = taxonomy;
        this.editing = editing;
        this.audited = audited;
    }

    @GetMapping(PATH)
    String list(@RequestParam(defaultValue = "1") int tagPage, @RequestParam(required = false) String done,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        return renderList(frame(request, response), Math.max(1, Math.min(tagPage, 10_000)), CategoryForm.empty(),
                FormErrors.none(), notice(done), model);
    }

    @PostMapping(PATH)
    String create(@ModelAttribute CategoryForm form, HttpServletRequest request, HttpServletResponse response, Model model) {
        NewsroomFrame frame = frame(request, response);
        try {
            audited.run(frame.viewer(), "created", "category", (Category c) -> Long.toString(c.id()),
                    "created the category “" + form.nameOrEmpty().strip() + "”",
                    () -> editing.createCategory(form.name(), form.slug(), form.description(), form.parentId()));
            return "redirect:" + PATH + "?done=created";
        } catch (InputProblem problem) {
            return renderList(frame, 1, form, FormErrors.of(problem, response), null, model);
        }
    }

    @GetMapping(PATH + "/{id}")
    String edit(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        NewsroomFrame frame = frame(request, response);
        Category category = category(id);
        return renderCategory(frame, category, CategoryForm.of(category), FormErrors.none(), model);
    }

    @PostMapping(PATH + "/{id}")
    String update(@PathVariable long id, @ModelAttribute CategoryForm form, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        NewsroomFrame frame = frame(request, response);
        Category category = category(id);
        try {
            audited.run(frame.viewer(), "updated", "category", (Category c) -> Long.toString(id),
                    "changed the category “" + category.name() + "”",
                    () -> editing.updateCategory(id, form.name(), form.slug(), form.description(), form.parentId()));
            return "redirect:" + PATH + "?done=saved";
        } catch (InputProblem problem) {
            return renderCategory(frame, category, form, FormErrors.of(problem, response), model);
        }
    }

    @PostMapping(PATH + "/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Long moveTo, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        NewsroomFrame frame = frame(request, response);
        Category category = category(id);
        try {
            audited.run(frame.viewer(), "deleted", "category", Long.toString(id),
                    "deleted the category “" + category.name() + "”", () -> editing.deleteCategory(id, moveTo));
            return "redirect:" + PATH + "?done=deleted";
        } catch (InputProblem problem) {
            return renderCategory(frame, category, CategoryForm.of(category), FormErrors.of(problem, response), model);
        }
    }

    @GetMapping(PATH + "/tags/{id}")
    String tag(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model) {
        NewsroomFrame frame = frame(request, response);
        Tag tag = tag(id);
        model.addAttribute("page", new TagPage(frame, tag, tag.name(), tag.slug(), "", FormErrors.none()));
        return "newsroom/categoriesTag";
    }

    @PostMapping(PATH + "/tags/{id}")
    String renameTag(@PathVariable long id, @RequestParam(defaultValue = "") String name,
                     @RequestParam(defaultValue = "") String slug, HttpServletRequest request,
                     HttpServletResponse response, Model model) {
        NewsroomFrame frame = frame(request, response);
        Tag tag = tag(id);
        try {
            audited.run(frame.viewer(), "renamed", "tag", Long.toString(id),
                    "renamed the tag “" + tag.name() + "” to “" + name.strip() + "”", () -> editing.renameTag(id, name, slug));
            return "redirect:" + PATH + "?done=saved";
        } catch (InputProblem problem) {
            model.addAttribute("page", new TagPage(frame, tag, name, slug, "", FormErrors.of(problem, response)));
            return "newsroom/categoriesTag";
        }
    }

    /** Merges this tag into the tag with the slug typed in {@code into}. */
    @PostMapping(PATH + "/tags/{id}/merge")
    String mergeTag(@PathVariable long id, @RequestParam(defaultValue = "") String into, HttpServletRequest request,
                    HttpServletResponse response, Model model) {
        NewsroomFrame frame = frame(request, response);
        Tag tag = tag(id);
        try {
            Tag target = taxonomy.tag(into.strip())
                    .orElseThrow(() -> new InputProblem("into", "There is no tag with the slug “" + into.strip() + "”."));
            audited.run(frame.viewer(), "merged", "tag", Long.toString(id),
                    "merged the tag “" + tag.name() + "” into “" + target.name() + "”", () -> editing.mergeTag(id, target.id()));
            return "redirect:" + PATH + "?done=merged";
        } catch (InputProblem problem) {
            model.addAttribute("page", new TagPage(frame, tag, tag.name(), tag.slug(), into, FormErrors.of(problem, response)));
            return "newsroom/categoriesTag";
        }
    }

    @PostMapping(PATH + "/tags/{id}/delete")
    String deleteTag(@PathVariable long id, HttpServletRequest request, HttpServletResponse response) {
        NewsroomFrame frame = frame(request, response);
        Tag tag = tag(id);
        audited.run(frame.viewer(), "deleted", "tag", Long.toString(id), "deleted the tag “" + tag.name() + "”",
                () -> editing.deleteTag(id));
        return "redirect:" + PATH + "?done=deleted";
    }

    private String renderList(NewsroomFrame frame, int tagPage, CategoryForm form, FormErrors errors, String notice,
                              Model model) {
        List<Category> all = taxonomy.categories();
        Map<Long, Category> byId = all.stream().collect(Collectors.toMap(Category::id, Function.identity()));
        Map<Long, Long> counts = editing.categoryCounts().stream()
                .collect(Collectors.toMap(TaxonomyCount::id, TaxonomyCount::stories));
        List<CategoriesPage.Row> rows = all.stream().map(c -> new CategoriesPage.Row(c.id(), c.name(), c.slug(),
                c.parentId() == null || !byId.containsKey(c.parentId()) ? null : byId.get(c.parentId()).name(),
                counts.getOrDefault(c.id(), 0L), c.menuPosition())).toList();
        List<TaxonomyCount> tags = editing.tagCounts(TAGS_PER_PAGE + 1, (tagPage - 1) * TAGS_PER_PAGE);
        boolean more = tags.size() > TAGS_PER_PAGE;
        model.addAttribute("page", new CategoriesPage(frame, rows, more ? tags.subList(0, TAGS_PER_PAGE) : tags, tagPage,
                more, all, form, errors, notice));
        return "newsroom/categories";
    }

    private String renderCategory(NewsroomFrame frame, Category category, CategoryForm form, FormErrors errors, Model model) {
        List<Long> below = taxonomy.withDescendants(category);
        List<Category> parents = taxonomy.categories().stream().filter(c -> !below.contains(c.id())).toList();
        List<Category> targets = taxonomy.categories().stream().filter(c -> c.id() != category.id()).toList();
        long stories = editing.categoryCounts().stream().filter(c -> c.id() == category.id())
                .mapToLong(TaxonomyCount::stories).sum();
        model.addAttribute("page", new CategoryPage(frame, category, stories, form, parents, targets, errors));
        return "newsroom/categoriesEdit";
    }

    private Category category(long id) {
        return taxonomy.category(id).orElseThrow(() -> new NotFoundException("No such category"));
    }

    private Tag tag(long id) {
        return editing.tag(id).orElseThrow(() -> new NotFoundException("No such tag"));
    }

    private static String notice(String done) {
        return done == null ? null : switch (done) {
            case "created" -> "The category is created.";
            case "saved" -> "The changes are saved.";
            case "deleted" -> "Deleted.";
            case "merged" -> "The tags are merged.";
            default -> null;
        };
    }

    private NewsroomFrame frame(HttpServletRequest request, HttpServletResponse response) {
        NewsroomFrame frame = frames.frame(request, response, "Categories and tags", "categories");
        if (!frame.can(Capability.MANAGE_CATEGORIES)) {
            throw new AccessDeniedException("categories");
        }
        return frame;
    }
}
