package vn.provportal.merge.boundary;

import java.util.List;

/**
 * What a merge of {@code source} into {@code target} will do, as the dry run shows it: how much moves, how
 * categories map, and the clashes it resolves (renamed addresses, merged categories, duplicate images).
 */
public record MergePlan(String source, String sourceName, String target, String targetName, long articles,
        long comments, long media, long duplicateMedia, long banners, long pages, long statisticsPeriods,
        List<CategoryMapping> categories, List<Rename> renamedArticles, List<Rename> renamedPages,
        List<String> refusals) implements java.io.Serializable {

    /** A category of the absorbed province and where it goes: an existing one of the target, or moved as is. */
    public record CategoryMapping(String sourceSlug, String sourceName, String targetSlug, String targetName,
            boolean merged) implements java.io.Serializable {

        public String getSourceName() {
            return sourceName;
        }

        public String getTargetName() {
            return targetName;
        }

        public boolean isMerged() {
            return merged;
        }
    }

    /** An address that clashes with one of the target's and is given a new one (the old one redirects). */
    public record Rename(String from, String to) implements java.io.Serializable {

        public String getFrom() {
            return from;
        }

        public String getTo() {
            return to;
        }
    }

    public boolean isAllowed() {
        return refusals.isEmpty();
    }

    public long getArticles() {
        return articles;
    }

    public long getComments() {
        return comments;
    }

    public long getMedia() {
        return media;
    }

    public long getDuplicateMedia() {
        return duplicateMedia;
    }

    public long getBanners() {
        return banners;
    }

    public long getPages() {
        return pages;
    }

    public long getStatisticsPeriods() {
        return statisticsPeriods;
    }

    public List<CategoryMapping> getCategories() {
        return categories;
    }

    public List<Rename> getRenamedArticles() {
        return renamedArticles;
    }

    public List<Rename> getRenamedPages() {
        return renamedPages;
    }

    public List<String> getRefusals() {
        return refusals;
    }

    public String getSourceName() {
        return sourceName;
    }

    public String getTargetName() {
        return targetName;
    }
}
