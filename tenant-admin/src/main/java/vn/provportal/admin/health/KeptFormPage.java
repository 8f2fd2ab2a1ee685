package vn.provportal.admin.health;

import java.util.Map;

/**
 * The pages that keep what an editor typed when a form post cannot be carried out. {@link DatabaseOutageFilter}:
 * what was typed, shown and held in a form that posts it again to the same address, or for a page view a link to
 * load it again. {@link LostFormFilter}: the form's view state is gone or not genuine, so sending it again cannot
 * work — what was typed is shown to copy, with a link that opens the form afresh. Everything sent is escaped.
 */
final class KeptFormPage {

    /** What the fields of the article form are called on this page; others show their own names. */
    private static final Map<String, String> LABELS = Map.of("title", "Tiêu đề / Title", "lead", "Sapo / Lead",
            "body_input", "Nội dung / Body", "author", "Tác giả / Author", "tags", "Từ khoá / Tags",
            "source", "Nguồn / Source", "reason", "Lý do / Reason");

    private KeptFormPage() {
    }

    /** @param address the path and query the request went to; {@code sent} its form fields (empty: a page view) */
    static String outage(String contextPath, String address, Map<String, String[]> sent) {
        StringBuilder page = start(contextPath, "Tạm thời gián đoạn — Temporarily unavailable", "outage");
        if (sent.isEmpty()) {
            page.append("<h1>Cơ sở dữ liệu tạm thời gián đoạn</h1><p>Hệ thống đang kết nối lại. Xin tải lại trang sau ít giây.</p>")
                    .append("<p lang=\"en\">The database is briefly unavailable. Please reload the page in a few seconds.</p>")
                    .append("<p><a href=\"").append(escape(address)).append("\">Tải lại / Reload</a></p>");
        } else {
            page.append("<h1>Chưa lưu được: cơ sở dữ liệu tạm thời gián đoạn</h1>")
                    .append("<p role=\"alert\">Những gì bạn vừa nhập chưa bị mất: nó nằm ngay dưới đây. Sau ít giây, bấm")
                    .append(" <strong>Gửi lại</strong> để lưu.</p><p lang=\"en\">Not saved: the database is briefly")
                    .append(" unavailable. What you typed is kept below; press <strong>Send again</strong> in a few seconds.</p>");
            resend(page, address, sent);
        }
        return page.append("</main></body></html>").toString();
    }

    /** A post the server could not store: its disk (or the database's) is full. Nothing was half written. */
    static String storageFull(String contextPath, String address, Map<String, String[]> sent) {
        StringBuilder page = start(contextPath, "Bộ nhớ lưu trữ đã đầy — Storage full", "storage-full")
                .append("<h1>Chưa lưu được: bộ nhớ lưu trữ của hệ thống đã đầy</h1>")
                .append("<p role=\"alert\">Không có gì bị ghi dở. Những gì bạn vừa nhập nằm ngay dưới đây; tệp đính kèm")
                .append(" cần chọn lại. Hãy báo đơn vị vận hành giải phóng dung lượng, rồi bấm <strong>Gửi lại</strong>.</p>")
                .append("<p lang=\"en\">Not saved: the system storage is full. Nothing was half written; what you typed is")
                .append(" kept below (attached files must be chosen again). Ask the operators to free space, then press")
                .append(" <strong>Send again</strong>.</p>");
        if (!sent.isEmpty()) {
            resend(page, address, sent);
        }
        return page.append("</main></body></html>").toString();
    }

    private static void resend(StringBuilder page, String address, Map<String, String[]> sent) {
        page.append("<form id=\"resend\" method=\"post\" action=\"").append(escape(address)).append("\">");
        sent.forEach((name, values) -> {
            for (String value : values) {
                append(page, name, value);
            }
        });
        page.append("<p><button type=\"submit\" id=\"resend-button\">Gửi lại / Send again</button></p></form>");
    }

    /** A post whose form can no longer be restored (expired session, a view state missing or not issued here). */
    static String lostView(String contextPath, String address, Map<String, String[]> sent) {
        StringBuilder page = start(contextPath, "Biểu mẫu đã hết hạn — Form expired", "lost-form")
                .append("<h1>Chưa lưu được: biểu mẫu đã hết hạn</h1>")
                .append("<p role=\"alert\">Phiên làm việc của biểu mẫu này đã hết hạn hoặc không hợp lệ nên không có gì")
                .append(" được lưu. Những gì bạn vừa nhập nằm ngay dưới đây: hãy sao chép, rồi <a id=\"reopen\" href=\"")
                .append(escape(address)).append("\">mở lại biểu mẫu</a> và dán vào.</p><p lang=\"en\">Nothing was saved:")
                .append(" this form's session expired or is not valid. What you typed is kept below; copy it, then open")
                .append(" the form again.</p><div id=\"kept\">");
        sent.forEach((name, values) -> {
            for (String value : values) {
                if (isTyped(name, value)) {
                    appendText(page, name, value);
                }
            }
        });
        return page.append("</div></main></body></html>").toString();
    }

    private static StringBuilder start(String contextPath, String title, String id) {
        return new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + title + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + escape(contextPath) + "/resources/admin.css\"></head>"
                + "<body><main id=\"" + id + "\" class=\"outage\">");
    }

    private static boolean isTyped(String name, String value) {
        return !name.startsWith("jakarta.faces.") && !value.isEmpty()
                && LABELS.containsKey(name.substring(name.lastIndexOf(':') + 1));
    }

    /** Typed text in a labelled box the user can read and copy; technical fields (view state, buttons) hidden. */
    private static void append(StringBuilder page, String name, String value) {
        if (!isTyped(name, value)) {
            page.append("<input type=\"hidden\" name=\"").append(escape(name)).append("\" value=\"")
                    .append(escape(value)).append("\">");
            return;
        }
        appendText(page, name, value);
    }

    private static void appendText(StringBuilder page, String name, String value) {
        String field = name.substring(name.lastIndexOf(':') + 1);
        String id = "kept-" + escape(field);
        page.append("<p><label for=\"").append(id).append("\">").append(LABELS.get(field)).append("</label><br>")
                .append("<textarea id=\"").append(id).append("\" name=\"").append(escape(name)).append("\" rows=\"")
                .append(field.startsWith("body") ? 12 : 2).append("\" cols=\"80\">").append(escape(value))
                .append("</textarea></p>");
    }

    private static String escape(String text) {
        return org.jsoup.nodes.Entities.escape(text);
    }
}
