package vn.provportal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Test issue #16 item 2, the back office: a Hưng Yên publisher opens a screen of one of Hưng Yên's own things, then
 * sends its form — every action button of it, with changed fields — to the same screen with a Thái Bình id in the
 * address ({@code ?id=}, {@code ?anh=}) and as a field. The Thái Bình row is unchanged to the last column, and no
 * answer is an error page. The same form sent without the foreign id does change Hưng Yên's own row: the attack is
 * a form the server accepts, not one it could not read.
 */
@ExtendWith(RunningStack.class)
class ForeignIdPostsIT {

    private static final String TAMPERED = "Sửa từ tỉnh khác";
    private static final String ARTICLE_COLUMNS = "title, slug, lead_text, body_html, author, category_id, status, "
            + "published_at, updated_at, version";

    private record Screen(String path, String parameter, long own, String foreign, String form, List<String> buttons,
            Map<String, String> fields, String foreignRow) {
    }

    @Test
    void everyScreenActionSentWithAnotherProvincesIdChangesNothingOfIt() {
        StackConfig config = RunningStack.config();
        Browser publisher = new Browser();
        publisher.signIn(config.adminUrl() + "/", "hy-publisher", RunningStack.PASSWORD);
        String hyImage = "6a".repeat(32);
        String tbImage = "7c".repeat(32);
        StackDb.storeTinyImage("hung-yen", hyImage);
        StackDb.storeTinyImage("thai-binh", tbImage);
        long tbArticle = first("article", "thai-binh");
        long ownArticle = ownDraft(publisher, config);
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 6);
        long ownCategory = StackDb.insert("INSERT INTO category (tenant_id, slug, name, position) VALUES ('hung-yen', "
                + "'thu-tan-cong-" + suffix + "', 'Thử tấn công " + suffix + "', 98)");
        long ownItem = StackDb.insert("INSERT INTO menu_item (tenant_id, label, url, position) VALUES ('hung-yen', "
                + "'Thử tấn công " + suffix + "', '/', 98)");
        long ownBanner = StackDb.insert("INSERT INTO banner (tenant_id, title, link, position) VALUES ('hung-yen', "
                + "'Thử tấn công " + suffix + "', 'https://example.org/', 98)");
        List<Screen> screens = List.of(
                new Screen("/content/edit.xhtml", "id", ownArticle, String.valueOf(tbArticle), "article",
                        List.of("save", "submit", "approve", "reject", "unpublish", "withdraw", "trash", "discard",
                                "restore-from-trash", "change-slug", "force", "return"),
                        Map.of("article:title", TAMPERED, "article:lead", TAMPERED, "article:body_input", "<p>" + TAMPERED + "</p>"),
                        "SELECT " + ARTICLE_COLUMNS + " FROM article WHERE id = " + tbArticle),
                new Screen("/content/revisions.xhtml", "id", ownArticle, String.valueOf(tbArticle), "history",
                        List.of(), Map.of(), "SELECT " + ARTICLE_COLUMNS + " FROM article WHERE id = " + tbArticle),
                screen("/site/categories.xhtml", "category", ownCategory, "category", Map.of("category:name", TAMPERED, "category:slug",
                        "sua-tu-tinh-khac", "category:position", "1")),
                screen("/site/menu.xhtml", "menu_item", ownItem, "item", Map.of("item:label", TAMPERED, "item:url", "/", "item:position", "1")),
                screen("/site/banners.xhtml", "banner", ownBanner, "banner", Map.of("banner:title", TAMPERED, "banner:link",
                        "https://example.org/", "banner:position", "1")),
                new Screen("/media/image.xhtml", "anh", 0, tbImage, "image", List.of("describe", "delete"),
                        Map.of("image:caption", TAMPERED, "image:alt", TAMPERED),
                        "SELECT * FROM media_file WHERE tenant_id = 'thai-binh' AND sha256 = '" + tbImage + "'"));

        List<String> problems = new ArrayList<>();
        int sent = 0;
        for (Screen screen : screens) {
            String own = screen.parameter().equals("anh") ? hyImage : String.valueOf(screen.own());
            String before = StackDb.rows(screen.foreignRow());
            assertTrue(!before.isEmpty(), "Thái Bình has the row: " + screen.foreignRow());
            for (String button : buttons(publisher, config, screen, own)) {
                HttpResponse<String> page = publisher.get(config.adminUrl() + screen.path() + "?" + screen.parameter() + "=" + own);
                Element form = Browser.html(page).selectFirst("form#" + screen.form());
                String action = form.attr("action").replaceAll("\\?.*", "");
                form.attr("action", action + "?" + screen.parameter() + "=" + screen.foreign());
                Map<String, String> values = new HashMap<>(screen.fields());
                values.put(screen.parameter(), screen.foreign());
                values.put(button, "");
                HttpResponse<String> answer = publisher.submit(page, form, values);
                sent++;
                String heading = Browser.html(answer).select("main h1").text();
                if (answer.statusCode() >= 500 || heading.equals("Hệ thống đang gặp sự cố")) {
                    problems.add(screen.path() + " " + button + " → " + answer.statusCode() + " " + heading);
                }
                String after = StackDb.rows(screen.foreignRow());
                if (!after.equals(before)) {
                    problems.add(screen.path() + " " + button + " changed Thái Bình's row: " + before + " → " + after);
                }
            }
        }
        for (Screen screen : List.of(screens.get(0), screens.get(2))) {
            HttpResponse<String> own = publisher.get(config.adminUrl() + screen.path() + "?id=" + screen.own());
            Map<String, String> values = new HashMap<>(screen.fields());
            values.replaceAll((field, value) -> value.equals(TAMPERED) ? TAMPERED + " (của Hưng Yên)" : value);
            values.put(screen.form() + ":save", "");
            publisher.submit(own, Browser.html(own).selectFirst("form#" + screen.form()), values);
        }
        assertEquals(TAMPERED + " (của Hưng Yên)", StackDb.string("SELECT title FROM article WHERE id = " + ownArticle),
                "the same form without the foreign id saves Hưng Yên's own article");
        assertEquals(TAMPERED + " (của Hưng Yên)", StackDb.string("SELECT name FROM category WHERE id = " + ownCategory),
                "and Hưng Yên's own category");
        takeAway(publisher, config, ownArticle);
        StackDb.insert("DELETE FROM menu_item WHERE id = " + ownItem);
        StackDb.insert("DELETE FROM banner WHERE id = " + ownBanner);
        StackDb.insert("DELETE FROM category WHERE id = " + ownCategory);
        System.out.printf("foreign ids: %d back-office actions sent with a Thái Bình id, problems: %s%n", sent, problems);
        assertTrue(sent >= 12, "the screens offered their actions: " + sent);
        assertEquals(List.of(), problems);

        String hyCaption = "SELECT default_caption FROM media_file WHERE tenant_id = 'hung-yen' AND sha256 = '" + hyImage + "'";
        HttpResponse<String> page = publisher.get(config.adminUrl() + "/media/image.xhtml?anh=" + hyImage);
        publisher.submit(page, Browser.html(page).selectFirst("form#image"),
                Map.of("image:caption", TAMPERED + " (của Hưng Yên)", "image:describe", ""));
        assertEquals(TAMPERED + " (của Hưng Yên)", StackDb.string(hyCaption), "the same form on Hưng Yên's own image is accepted");
        assertNotEquals(TAMPERED + " (của Hưng Yên)", StackDb.string(
                "SELECT default_caption FROM media_file WHERE tenant_id = 'thai-binh' AND sha256 = '" + tbImage + "'"));
    }

    private static Screen screen(String path, String table, long own, String form, Map<String, String> fields) {
        long foreign = first(table, "thai-binh");
        return new Screen(path, "id", own, String.valueOf(foreign), form, List.of("save"), fields,
                "SELECT * FROM " + table + " WHERE id = " + foreign);
    }

    /** The action buttons of the screen's form as Hưng Yên's publisher sees it, and those the test names. */
    private static List<String> buttons(Browser publisher, StackConfig config, Screen screen, String own) {
        HttpResponse<String> page = publisher.get(config.adminUrl() + screen.path() + "?" + screen.parameter() + "=" + own);
        assertEquals(200, page.statusCode(), screen.path() + " of Hưng Yên's own");
        Element form = Browser.html(page).selectFirst("form#" + screen.form());
        List<String> names = new ArrayList<>();
        form.select("button[name], input[type=submit][name]").forEach(b -> names.add(b.attr("name")));
        screen.buttons().forEach(b -> {
            if (!names.contains(screen.form() + ":" + b)) {
                names.add(screen.form() + ":" + b);
            }
        });
        return names;
    }

    /** A draft of Hưng Yên's own, saved through the screen, so the actions pressed on its form touch no demo article. */
    private static long ownDraft(Browser publisher, StackConfig config) {
        String title = "Bài thử tấn công " + java.util.UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> blank = publisher.get(config.adminUrl() + "/content/edit.xhtml");
        publisher.submit(blank, Browser.html(blank).selectFirst("form#article"), Map.of("article:title", title,
                "article:lead", "Tóm tắt", "article:body_input", "<p>Nội dung</p>", "article:author", "Thử", "article:save", ""));
        return StackDb.number("SELECT id FROM article WHERE tenant_id = 'hung-yen' AND title = '" + title + "'");
    }

    /** Whatever the actions did to the own draft, it leaves the portal and goes to the trash, through the screen. */
    private static void takeAway(Browser publisher, StackConfig config, long own) {
        for (String action : List.of("unpublish", "withdraw", "trash")) {
            HttpResponse<String> page = publisher.get(config.adminUrl() + "/content/edit.xhtml?id=" + own);
            Element form = Browser.html(page).selectFirst("form#article");
            if (form != null && !form.select("[name=article:" + action + "]").isEmpty()) {
                publisher.submit(page, form, Map.of("article:" + action, ""));
            }
        }
        System.out.println("foreign ids: Hưng Yên's own draft ended "
                + StackDb.string("SELECT status FROM article WHERE id = " + own));
    }

    private static long first(String table, String province) {
        return StackDb.number("SELECT MIN(id) FROM " + table + " WHERE tenant_id = '" + province + "'");
    }
}
