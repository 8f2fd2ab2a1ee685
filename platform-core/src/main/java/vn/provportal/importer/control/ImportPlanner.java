package vn.provportal.importer.control;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.provportal.content.control.SlugGenerator;
import vn.provportal.content.entity.Article;
import vn.provportal.content.entity.Slug;
import vn.provportal.importer.entity.ImportPlan;
import vn.provportal.importer.entity.ImportedItem;
import vn.provportal.importer.entity.PostBody;
import vn.provportal.importer.entity.SiteExport;

/**
 * Decides, before anything is stored, what each post of an export becomes in the province: skipped when an earlier import
 * already brought it (by its guid); its old address kept as the article's when well-formed and free, otherwise the first free
 * one from its title; its first category (the province's own when the slug matches, a new one otherwise, "Tin tức" when it
 * has none); its images as the archive holds them.
 */
public final class ImportPlanner {

    public static final String FALLBACK_CATEGORY_SLUG = "tin-tuc";
    public static final String FALLBACK_CATEGORY_NAME = "Tin tức";

    /**
     * What the province already holds.
     *
     * @param slugTaken whether an article of the province has the address
     * @param importedKeys the keys ({@link ImportedItem#keyOf}) of the posts of this export imported before
     * @param categories the province's categories, slug → name
     */
    public record Province(Predicate<String> slugTaken, Set<String> importedKeys, Map<String, String> categories) {
    }

    private ImportPlanner() {
    }

    public static ImportPlan plan(SiteExport export, Function<String, Optional<String>> findImage, Province province) {
        List<ImportPlan.Planned> planned = new ArrayList<>();
        List<SiteExport.Skipped> skipped = new ArrayList<>(export.skipped());
        Map<String, String> newCategories = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        Set<String> chosen = new HashSet<>();
        Predicate<String> taken = slug -> province.slugTaken().test(slug) || chosen.contains(slug);
        for (SiteExport.Post post : export.posts()) {
            if (province.importedKeys().contains(ImportedItem.keyOf(post.guid()))) {
                skipped.add(new SiteExport.Skipped(post.id(), post.title(), "already-imported"));
                continue;
            }
            if (post.title().length() > Article.MAX_TITLE || post.bodyHtml().length() > Article.MAX_BODY) {
                skipped.add(new SiteExport.Skipped(post.id(), post.title().substring(0, Math.min(post.title().length(), 120)),
                        post.title().length() > Article.MAX_TITLE ? "title-too-long" : "body-too-long"));
                continue;
            }
            String wanted = decoded(post.slug());
            boolean kept = Slug.isWellFormed(wanted) && !taken.test(wanted);
            String slug = kept ? wanted : SlugGenerator.firstFree(Slug.isWellFormed(wanted) ? new Slug(wanted)
                    : SlugGenerator.slugOf(post.title(), "bai-viet"), taken).value();
            chosen.add(slug);
            Map.Entry<String, String> category = post.categories().entrySet().stream().findFirst()
                    .orElse(Map.entry(FALLBACK_CATEGORY_SLUG, FALLBACK_CATEGORY_NAME));
            String categorySlug = Slug.isWellFormed(category.getKey()) ? category.getKey()
                    : SlugGenerator.slugOf(category.getValue(), FALLBACK_CATEGORY_SLUG).value();
            String categoryName = province.categories().get(categorySlug);
            if (categoryName == null) {
                categoryName = newCategories.computeIfAbsent(categorySlug, s -> category.getValue().isBlank()
                        ? FALLBACK_CATEGORY_NAME : category.getValue().strip());
            }
            PostBody body = BodyImport.of(post.bodyHtml(), findImage, export.images());
            body.missing().stream().filter(m -> !missing.contains(m)).forEach(missing::add);
            planned.add(new ImportPlan.Planned(post, slug, kept, categorySlug, categoryName, body));
        }
        return new ImportPlan(List.copyOf(planned), List.copyOf(skipped), SiteExport.ordered(newCategories), List.copyOf(missing),
                export.comments());
    }

    /** WordPress keeps a Vietnamese address percent-encoded ({@code c%c3%b4ng-an}); it is read, then made an address again. */
    private static String decoded(String slug) {
        if (slug == null || slug.isBlank()) {
            return "";
        }
        try {
            String text = URLDecoder.decode(slug, StandardCharsets.UTF_8);
            return Slug.isWellFormed(text) ? text : SlugGenerator.slugOf(text).value();
        } catch (IllegalArgumentException e) { // not decodable, or no letter or digit left
            return "";
        }
    }
}
