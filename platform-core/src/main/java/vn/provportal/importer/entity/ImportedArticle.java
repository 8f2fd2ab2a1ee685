package vn.provportal.importer.entity;

import java.util.List;

/** An article an import made: its title, its address on the portal, the old site's addresses that answer 301 to it. */
public record ImportedArticle(String title, String slug, List<String> oldPaths) {
}
