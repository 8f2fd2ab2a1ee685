package vn.provportal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ministry console against the real Keycloak: provisioning creates the province, its Keycloak groups and
 * a first administrator who must set a password and then sees only that province; a Keycloak refusal leaves
 * nothing behind; a provincial administrator invites an editor who can sign in to that province only; two
 * provinces provisioned here are merged and every old address of the absorbed one answers 301.
 */
@ExtendWith(RunningStack.class)
class ConsoleIT {

    private static StackConfig config;

    @BeforeAll
    static void stack() {
        config = RunningStack.config();
    }

    @Test
    void ministryProvisionsAProvinceWhoseFirstAdminSignsInAndSeesOnlyIt() {
        String code = "nb-" + suffix();
        Provisioned nb = provision(code, "Công an tỉnh Ninh Bình " + code, "admin-" + code);
        assertEquals(200, new Browser().get(config.portalUrl() + "/" + code + "/").statusCode(), "live at once");
        HttpResponse<String> byHost = Browser.getWithoutRedirects(config.portalUrl() + "/", code + ".localhost");
        assertEquals(200, byHost.statusCode());
        assertTrue(byHost.body().contains("Công an tỉnh Ninh Bình " + code), "its hostname answers");
        assertTrue(Browser.html(new Browser().get(config.portalUrl() + "/" + code + "/trang/gioi-thieu")).text()
                .contains("Ninh Bình"), "starter pages exist");

        Browser admin = new Browser();
        Document workspace = Browser.html(admin.signInFirstTime(config.adminUrl() + "/", nb.username, nb.password,
                "Mat-khau-moi-" + suffix()));
        assertEquals("Công an tỉnh Ninh Bình " + code, workspace.select("#province-name").text(), workspace.text());
        assertEquals(403, admin.get(config.adminUrl() + "/console/provision.xhtml").statusCode(),
                "a provincial admin never reaches the console");
        assertEquals(404, admin.get(config.adminUrl() + "/content/edit.xhtml?id="
                + StackDb.number("SELECT MIN(id) FROM article WHERE tenant_id = 'hung-yen'")).statusCode());
        assertTrue(StackDb.auditActions("ministry-admin", null).contains("province.provisioned"));
    }

    @Test
    void aKeycloakRefusalLeavesNothingHalfMade() {
        String code = "kg-" + suffix();
        Browser ministry = ministry();
        Document refused = submitProvision(ministry, code, "Công an tỉnh Thử " + code, "hy-editor");
        assertTrue(refused.text().contains("đã có trong hệ thống đăng nhập"), refused.text());
        assertEquals("Công an tỉnh Thử " + code, refused.select("input[name='wizard:name-vi']").val(), "typed text kept");
        assertEquals(0L, StackDb.number("SELECT COUNT(*) FROM tenant WHERE code = '" + code + "'"));
        assertEquals(0L, StackDb.number("SELECT COUNT(*) FROM category WHERE tenant_id = '" + code + "'"));
        assertEquals(404, new Browser().get(config.portalUrl() + "/" + code + "/").statusCode());
        Provisioned retried = provision(code, "Công an tỉnh Thử " + code, "admin-" + code);
        assertEquals("admin-" + code, retried.username, "the Keycloak groups made before the refusal were removed");
    }

    /** Test issue #16 item 2: a new province cannot take over the hostname another province answers at. */
    @Test
    void aProvinceCannotBeProvisionedWithAnotherProvincesHostname() {
        String code = "hn-" + suffix();
        Document refused = submitProvision(ministry(), code, "Công an tỉnh Chiếm tên " + code, "admin-" + code,
                code + ".localhost, Hung-Yen.LOCALHOST");
        assertTrue(refused.text().contains("hung-yen.localhost") && refused.text().contains("Hưng Yên"), refused.text());
        assertEquals("Công an tỉnh Chiếm tên " + code, refused.select("input[name='wizard:name-vi']").val(), "typed text kept");
        assertEquals(0L, StackDb.number("SELECT COUNT(*) FROM tenant WHERE code = '" + code + "'"), "nothing created");
        assertEquals(0L, StackDb.number("SELECT COUNT(*) FROM tenant_hostname WHERE hostname = '" + code + ".localhost'"));
        HttpResponse<String> hungYen = Browser.getWithoutRedirects(config.portalUrl() + "/", "hung-yen.localhost");
        assertEquals(200, hungYen.statusCode());
        assertTrue(Browser.html(hungYen).title().contains("Hưng Yên"), "Hưng Yên's hostname still answers Hưng Yên");
    }

    @Test
    void provincialAdminInvitesAnEditorWhoSeesOnlyThatProvince() {
        Browser admin = new Browser();
        admin.signIn(config.adminUrl() + "/", "hy-admin", RunningStack.PASSWORD);
        String username = "bien-tap-" + suffix();
        HttpResponse<String> people = admin.get(config.adminUrl() + "/people/index.xhtml");
        Document invited = Browser.html(admin.submit(people, Browser.html(people).selectFirst("form#invite"), Map.of(
                "invite:username", username, "invite:email", username + "@hungyen.example.vn", "invite:name", "Nguyễn Thị Lan",
                "invite:role", "EDITOR", "invite:send", "")));
        String password = invited.select("#invited-password").text();
        assertFalse(password.isBlank(), invited.text());
        assertTrue(invited.select("td.person-username").eachText().contains(username));

        Document workspace = Browser.html(new Browser().signInFirstTime(config.adminUrl() + "/", username, password,
                "Mat-khau-moi-" + suffix()));
        assertEquals("Công an tỉnh Hưng Yên", workspace.select("#province-name").text());
        List<String> titles = workspace.select("[id$=articles] td.article-title").eachText();
        assertFalse(titles.stream().anyMatch(t -> t.contains("Thái Bình")), titles.toString());

        Browser editor = new Browser();
        editor.signIn(config.adminUrl() + "/", "hy-editor", RunningStack.PASSWORD);
        assertEquals(403, editor.get(config.adminUrl() + "/people/index.xhtml").statusCode(), "editors do not manage people");
        Browser tb = new Browser();
        tb.signIn(config.adminUrl() + "/", "tb-editor", RunningStack.PASSWORD);
        assertEquals(403, tb.get(config.adminUrl() + "/console/merge.xhtml").statusCode());
    }

    @Test
    void mergingMovesContentAndPeopleAndEveryOldAddressLeadsToItsNewHome() {
        String a = "ma-" + suffix();
        String b = "mb-" + suffix();
        provision(a, "Công an tỉnh Nhận " + a, "admin-" + a);
        Provisioned absorbed = provision(b, "Công an tỉnh Nhập " + b, "admin-" + b);
        long article = StackDb.insert("INSERT INTO article (tenant_id, title, slug, lead_text, body_html, status, published_at, "
                + "view_count, created_at, updated_at, version) VALUES ('" + b + "', 'Tin cũ của tỉnh nhập', 'tin-cu', 'Tóm tắt', "
                + "'<p>x</p>', 'PUBLISHED', NOW(6) - INTERVAL 1 DAY, 0, NOW(6), NOW(6), 1)");
        assertTrue(article > 0);

        Browser ministry = ministry();
        HttpResponse<String> page = ministry.get(config.adminUrl() + "/console/merge.xhtml");
        Map<String, String> choice = Map.of("merge:source", b, "merge:target", a);
        HttpResponse<String> planned = ministry.submit(page, Browser.html(page).selectFirst("form#merge"),
                with(choice, "merge:dry-run", ""));
        Document plan = Browser.html(planned);
        assertEquals("1", plan.select(".plan-articles").text(), plan.text());
        assertTrue(plan.select(".plan-renames").text().contains("/trang/gioi-thieu → /trang/gioi-thieu-" + b), plan.text());
        Document merged = Browser.html(ministry.submit(planned, plan.selectFirst("form#merge"), with(choice, "merge:do-merge", "")));
        assertTrue(merged.text().contains("Đã sáp nhập"), merged.text());

        HttpResponse<String> oldArticle = Browser.getWithoutRedirects(config.portalUrl() + "/" + b + "/tin-tuc/tin-cu", null);
        assertEquals(301, oldArticle.statusCode());
        assertEquals("/" + a + "/tin-tuc/tin-cu", oldArticle.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> oldHost = Browser.getWithoutRedirects(config.portalUrl() + "/trang/gioi-thieu?x=1", b + ".localhost");
        assertEquals(301, oldHost.statusCode());
        assertEquals("http://" + a + ".localhost:" + config.httpPort() + "/trang/gioi-thieu-" + b + "?x=1",
                oldHost.headers().firstValue("Location").orElseThrow());
        Document moved = Browser.html(new Browser().get(config.portalUrl() + "/" + a + "/tin-tuc/tin-cu"));
        assertTrue(moved.select(".history-label").text().contains("Trước sắp xếp: Công an tỉnh Nhập " + b), moved.text());

        Document workspace = Browser.html(new Browser().signInFirstTime(config.adminUrl() + "/", absorbed.username,
                absorbed.password, "Mat-khau-moi-" + suffix()));
        assertEquals("Công an tỉnh Nhận " + a, workspace.select("#province-name").text(), "people moved to the new province");

        Document again = Browser.html(ministry.submit(planned, plan.selectFirst("form#merge"), with(choice, "merge:do-merge", "")));
        assertTrue(again.text().contains("Đã sáp nhập"), "running it again is safe: " + again.text());
        assertEquals(1L, StackDb.number("SELECT COUNT(*) FROM tenant_merge WHERE source_code = '" + b + "'"));
        assertTrue(StackDb.auditActions("ministry-admin", null).contains("province.merged"));
    }

    @Test
    void urgentNoticeAndSyndicatedArticleReachEveryPortalAndLeaveAtOnce() {
        Browser ministry = ministry();
        String marker = suffix();
        // the ministry's administrator happens to be working in Hưng Yên's newsroom, and Thái Bình's home is kept by
        // the node: the notice is for every province all the same (it used to renew Hưng Yên's pages only)
        ministry.get(config.adminUrl() + "/?province=hung-yen");
        for (int i = 0; i < 2; i++) {
            new Browser().get(config.portalUrl() + "/thai-binh/");
        }
        HttpResponse<String> page = ministry.get(config.adminUrl() + "/console/broadcast.xhtml");
        Document sent = Browser.html(ministry.submit(page, Browser.html(page).selectFirst("form#notice"), Map.of(
                "notice:message", "Cảnh báo bão số 9 " + marker + ": người dân không ra khơi", "notice:link", "", "notice:broadcast", "")));
        assertTrue(sent.text().contains("Đã phát thông báo khẩn"), sent.text());
        for (String province : List.of("hung-yen", "thai-binh")) {
            assertTrue(Browser.html(new Browser().get(config.portalUrl() + "/" + province + "/")).select(".urgent-notice").text()
                    .contains("Cảnh báo bão số 9 " + marker), province);
        }
        HttpResponse<String> withNotice = ministry.get(config.adminUrl() + "/console/broadcast.xhtml");
        Document noticeList = Browser.html(withNotice);
        String withdraw = noticeList.select("[id$=notices] tr").stream().filter(tr -> tr.text().contains(marker)).findFirst()
                .orElseThrow().selectFirst("button.withdraw-notice").attr("name");
        ministry.submit(withNotice, noticeList.selectFirst("form#notice"), Map.of(withdraw, ""));
        assertFalse(new Browser().get(config.portalUrl() + "/hung-yen/").body().contains("Cảnh báo bão số 9 " + marker),
                "withdrawn everywhere at once");

        String title = "Bộ Công an khuyến cáo phòng chống lừa đảo " + marker;
        HttpResponse<String> push = ministry.get(config.adminUrl() + "/console/broadcast.xhtml");
        Document pushed = Browser.html(ministry.submit(push, Browser.html(push).selectFirst("form#push"), Map.of(
                "push:title", title, "push:lead", "Khuyến cáo", "push:body", "<p>Không chuyển tiền cho người lạ.</p><script>x</script>",
                "push:do-push", "")));
        assertTrue(pushed.text().contains("Đã đăng đồng loạt"), pushed.text());
        String slug = vn.provportal.content.control.SlugGenerator.slugOf(title).value();
        for (String province : List.of("hung-yen", "thai-binh")) {
            Document home = Browser.html(new Browser().get(config.portalUrl() + "/" + province + "/"));
            assertTrue(home.select(".ministry-box").text().contains(title), province);
            Document article = Browser.html(new Browser().get(config.portalUrl() + "/" + province + "/tin-tuc/" + slug));
            assertTrue(article.select(".origin-label").text().contains("Bộ Công an"));
            assertFalse(article.html().contains("<script>x"), "sanitised");
        }
        long copy = StackDb.number("SELECT id FROM article WHERE tenant_id = 'hung-yen' AND slug = '" + slug + "'");
        Browser publisher = new Browser();
        publisher.signIn(config.adminUrl() + "/", "hy-publisher", RunningStack.PASSWORD);
        HttpResponse<String> locked = publisher.get(config.adminUrl() + "/content/edit.xhtml?id=" + copy);
        Document refused = Browser.html(publisher.submit(locked, Browser.html(locked).selectFirst("form#article"),
                Map.of("article:reason", "Không phù hợp", "article:unpublish", "")));
        assertTrue(refused.text().contains("tỉnh không sửa, rút hay gỡ được"), refused.text());
        assertEquals("PUBLISHED", StackDb.string("SELECT status FROM article WHERE id = " + copy));

        HttpResponse<String> list = ministry.get(config.adminUrl() + "/console/broadcast.xhtml");
        Document pushes = Browser.html(list);
        String recall = pushes.select("[id$=pushes] tr").stream().filter(tr -> tr.text().contains(marker)).findFirst()
                .orElseThrow().selectFirst("button.withdraw-push").attr("name");
        ministry.submit(list, pushes.selectFirst("form#push"), Map.of(recall, ""));
        assertEquals(301, Browser.getWithoutRedirects(config.portalUrl() + "/thai-binh/tin-tuc/" + slug, null).statusCode(),
                "withdrawn in every province; the address leads home");
        assertTrue(StackDb.auditActions("ministry-admin", null).containsAll(List.of("notice.broadcast", "notice.withdrawn",
                "syndication.pushed", "syndication.withdrawn")));
    }

    @Test
    void aMinistryDocumentReachesEveryRegistryReadOnlyAndLeavesAtOnce() throws java.io.IOException {
        Browser ministry = ministry();
        int n = java.util.concurrent.ThreadLocalRandom.current().nextInt(10000, 99999);
        String number = n + "/2025/TT-BCA";
        byte[] pdf;
        try (java.io.InputStream in = ConsoleIT.class.getResourceAsStream("/documents/quyet-dinh-phong-chay.pdf")) {
            pdf = in.readAllBytes();
        }
        HttpResponse<String> page = ministry.get(config.adminUrl() + "/console/documents.xhtml");
        Document sent = Browser.html(ministry.upload(page, Browser.html(page).selectFirst("form#push"), Map.of("push:number", number,
                "push:type", "THONG_TU", "push:issuer", "Bộ Công an", "push:summary", "Quy định phối hợp phòng cháy " + n,
                "push:issued_input", "20/11/2025", "push:do-push", ""), Map.of("push:file", new Browser.SentFile("thong-tu.pdf", pdf))));
        assertTrue(sent.select("#messages").text().contains("Đã gửi văn bản " + number + " tới"), sent.select("#messages").text());
        String slug = n + "-2025-tt-bca";
        for (String province : List.of("hung-yen", "thai-binh")) {
            Document found = Browser.html(new Browser().get(config.portalUrl() + "/" + province + "/van-ban?tim=" + n + "%2F2025%2Ftt-bca"));
            assertEquals(List.of("Thông tư số " + number), found.select(".document-number a").eachText(), province);
            Document read = Browser.html(new Browser().get(config.portalUrl() + "/" + province + "/van-ban/" + slug));
            assertEquals("Bộ Công an", read.select("td.document-origin").text(), province);
            assertEquals(1, read.select("a.document-file").size(), "with its file");
        }
        long copy = StackDb.number("SELECT id FROM legal_document WHERE tenant_id = 'hung-yen' AND slug = '" + slug + "'");
        Browser editor = new Browser();
        editor.signIn(config.adminUrl() + "/", "hy-editor", RunningStack.PASSWORD);
        Document readOnly = Browser.html(editor.get(config.adminUrl() + "/documents/edit.xhtml?id=" + copy));
        assertTrue(readOnly.select("#syndicated-notice").text().contains("Bộ Công an"), readOnly.text());
        assertTrue(readOnly.select("form#document, form#upload, form#replace").isEmpty(), "nothing to change it with");

        HttpResponse<String> list = ministry.get(config.adminUrl() + "/console/documents.xhtml");
        Document pushes = Browser.html(list);
        String recall = pushes.select("[id$=sent] tr").stream().filter(tr -> tr.text().contains(number)).findFirst()
                .orElseThrow().selectFirst(".withdraw-document").attr("name");
        ministry.submit(list, pushes.selectFirst("form#pushes"), Map.of(recall, ""));
        HttpResponse<String> gone = Browser.getWithoutRedirects(config.portalUrl() + "/thai-binh/van-ban/" + slug, null);
        assertEquals(301, gone.statusCode(), "withdrawn in every province");
        assertTrue(gone.headers().firstValue("location").orElse("").endsWith("/thai-binh/van-ban"));
        assertEquals(0L, StackDb.number("SELECT COUNT(*) FROM legal_document WHERE number = '" + number + "'"));
        assertTrue(StackDb.auditActions("ministry-admin", null).containsAll(List.of("syndication.document-pushed",
                "syndication.document-withdrawn")));
    }

    @Test
    void aSuspendedProvinceShowsAMaintenanceNoticeAndItsNewsroomIsReadOnly() {
        String code = "sp-" + suffix();
        Provisioned sp = provision(code, "Công an tỉnh Tạm dừng " + code, "admin-" + code);
        Browser admin = new Browser();
        admin.signInFirstTime(config.adminUrl() + "/", sp.username, sp.password, "Mat-khau-moi-" + suffix());
        Browser ministry = ministry();
        HttpResponse<String> govern = ministry.get(config.adminUrl() + "/console/province.xhtml?code=" + code);
        Document suspended = Browser.html(ministry.submit(govern, Browser.html(govern).selectFirst("form#govern"),
                Map.of("govern:suspend", "")));
        assertEquals("Tạm dừng", suspended.select("#province-status").text(), suspended.text());

        HttpResponse<String> portal = new Browser().get(config.portalUrl() + "/" + code + "/");
        assertEquals(503, portal.statusCode());
        assertTrue(Browser.html(portal).select(".maintenance-notice").text().contains("bảo trì"));
        HttpResponse<String> blank = admin.get(config.adminUrl() + "/content/edit.xhtml");
        assertEquals(200, blank.statusCode(), "still readable");
        HttpResponse<String> write = admin.submit(blank, Browser.html(blank).selectFirst("form#article"),
                Map.of("article:title", "Không được lưu", "article:save", ""));
        assertEquals(423, write.statusCode());
        assertTrue(Browser.html(write).text().contains("tạm dừng"));
        assertEquals(0L, StackDb.number("SELECT COUNT(*) FROM article WHERE tenant_id = '" + code + "'"));

        HttpResponse<String> again = ministry.get(config.adminUrl() + "/console/province.xhtml?code=" + code);
        ministry.submit(again, Browser.html(again).selectFirst("form#govern"), Map.of("govern:resume", ""));
        assertEquals(200, new Browser().get(config.portalUrl() + "/" + code + "/").statusCode());
        assertTrue(StackDb.auditActions("ministry-admin", null).containsAll(List.of("province.suspended", "province.resumed")));
    }

    @Test
    void fleetAndAuditExportAsCsvForTheMinistryOnly() {
        Browser ministry = ministry();
        HttpResponse<String> fleet = ministry.get(config.adminUrl() + "/console/fleet.csv");
        assertEquals(200, fleet.statusCode());
        assertTrue(fleet.body().startsWith("\uFEFFMã,Tỉnh,Trạng thái"), fleet.body());
        assertTrue(fleet.body().contains("hung-yen,Công an tỉnh Hưng Yên,ACTIVE"), fleet.body());
        Document page = Browser.html(ministry.get(config.adminUrl() + "/console/fleet.xhtml"));
        assertTrue(page.select("td.fleet-name").eachText().containsAll(List.of("Công an tỉnh Hưng Yên", "Công an tỉnh Thái Bình")));
        HttpResponse<String> audit = ministry.get(config.adminUrl() + "/console/audit.csv?nguoi=ministry-admin&hanh-dong=session.");
        assertTrue(audit.body().lines().skip(1).allMatch(l -> l.contains("ministry-admin") && l.contains("session.")), audit.body());
        assertTrue(audit.body().lines().count() > 1, audit.body());
        Document auditPage = Browser.html(ministry.get(config.adminUrl() + "/console/audit.xhtml?hanh-dong=session."));
        // newsroom issue #13 item 10: actions in words, the code kept as the title
        List<String> actions = auditPage.select("td.audit-action").eachText();
        assertFalse(actions.isEmpty());
        assertTrue(actions.stream().allMatch("Đăng nhập"::equals), actions.toString());
        assertTrue(auditPage.select("td.audit-action span").eachAttr("title").stream().allMatch(a -> a.startsWith("session.")));

        Browser admin = new Browser();
        admin.signIn(config.adminUrl() + "/", "hy-admin", RunningStack.PASSWORD);
        for (String screen : List.of("/console/provision.xhtml", "/console/merge.xhtml", "/console/broadcast.xhtml",
                "/console/province.xhtml?code=hung-yen", "/console/fleet.xhtml", "/console/fleet.csv",
                "/console/audit.xhtml", "/console/audit.csv")) {
            assertEquals(403, admin.get(config.adminUrl() + screen).statusCode(), "a provincial admin on " + screen);
        }
        HttpResponse<String> home = admin.get(config.adminUrl() + "/");
        assertTrue(Browser.html(home).select("a[href*=console]").isEmpty(), "no console links for a province");

        // test issue #16 item 1: not only GET — every console form, as the ministry's own screen renders it, sent with
        // a provincial admin's session, button by button, is refused and changes nothing
        String world = "SELECT (SELECT GROUP_CONCAT(code, ':', status ORDER BY code) FROM tenant), (SELECT COUNT(*) FROM "
                + "tenant_merge), (SELECT COUNT(*) FROM platform_notice), (SELECT COUNT(*) FROM article WHERE origin IS NOT NULL)";
        String before = StackDb.rows(world);
        Browser console = ministry();
        int sent = 0;
        for (String screen : List.of("/console/provision.xhtml", "/console/merge.xhtml", "/console/broadcast.xhtml",
                "/console/province.xhtml?code=thai-binh")) {
            HttpResponse<String> rendered = console.get(config.adminUrl() + screen);
            assertEquals(200, rendered.statusCode(), screen);
            for (org.jsoup.nodes.Element form : Browser.html(rendered).select("form[id]")) {
                for (String button : form.select("button[name], input[type=submit][name]").eachAttr("name")) {
                    Map<String, String> values = new HashMap<>(Map.of(button, ""));
                    values.put("wizard:code", "chiem-" + suffix());
                    HttpResponse<String> answer = admin.submit(rendered, form, values);
                    assertEquals(403, answer.statusCode(), "a provincial admin sending " + screen + " " + button);
                    sent++;
                }
            }
        }
        assertTrue(sent >= 8, "the console's buttons were found: " + sent);
        assertEquals(before, StackDb.rows(world), "no province, merge, notice or syndicated copy came of " + sent + " posts");
    }

    private record Provisioned(String username, String password) {
    }

    private static Provisioned provision(String code, String name, String username) {
        Document done = submitProvision(ministry(), code, name, username);
        String password = done.select("#temporary-password").text();
        assertFalse(password.isBlank(), done.text());
        assertEquals(username, done.select("#new-admin").text());
        return new Provisioned(username, password);
    }

    private static Document submitProvision(Browser ministry, String code, String name, String username) {
        return submitProvision(ministry, code, name, username, code + ".localhost");
    }

    private static Document submitProvision(Browser ministry, String code, String name, String username, String hostnames) {
        HttpResponse<String> wizard = ministry.get(config.adminUrl() + "/console/provision.xhtml");
        Map<String, String> fields = new HashMap<>(Map.of("wizard:code", code, "wizard:name-vi", name,
                "wizard:name-en", "Police of " + code, "wizard:hostnames", hostnames, "wizard:theme", "blue",
                "wizard:primary", "#0d47a1", "wizard:starter", "true", "wizard:admin-username", username,
                "wizard:admin-email", username + "@example.vn", "wizard:admin-name", "Quản trị " + code));
        fields.put("wizard:provision", "");
        return Browser.html(ministry.submit(wizard, Browser.html(wizard).selectFirst("form#wizard"), fields));
    }

    private static Browser ministry() {
        Browser ministry = new Browser();
        ministry.signIn(config.adminUrl() + "/", "ministry-admin", RunningStack.PASSWORD);
        return ministry;
    }

    private static Map<String, String> with(Map<String, String> map, String key, String value) {
        Map<String, String> copy = new HashMap<>(map);
        copy.put(key, value);
        return copy;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
