package vn.provportal.importer.entity;

import java.util.List;
import java.util.Map;

/**
 * What an import would do — the dry run the province's administrator reads before anything is stored, and what the
 * import then does: each post with the address and category it gets, its images, its old addresses; the items skipped
 * with their reasons; the categories made; the images the archive lacks.
 */
public record ImportPlan(List<Planned> posts, List<SiteExport.Skipped> skipped, Map<String, String> newCategories,
        List<String> missingImages, int comments) {

    /**
     * A post as it will be stored.
     *
     * @param slugKept whether it keeps the old site's address word for word (false: taken or not well-formed)
     * @param body its body as it will be stored, read once for the dry run and the import alike
     */
    public record Planned(SiteExport.Post post, String slug, boolean slugKept, String categorySlug, String categoryName,
            PostBody body) {

        public int images() {
            return body.images().size();
        }

        public List<String> missingImages() {
            return body.missing();
        }
    }

    public int imageCount() {
        return posts.stream().mapToInt(Planned::images).sum();
    }

    public int redirectCount() {
        return posts.stream().mapToInt(p -> p.post().oldPaths().size()).sum();
    }

    public long renamed() {
        return posts.stream().filter(p -> !p.slugKept()).count();
    }
}
