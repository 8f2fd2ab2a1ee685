package vn.provportal.portal.comment;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.provportal.tenant.entity.Tenant;

/**
 * The answer to a comment that is not taken: the reason, and what the citizen typed in a form that sends it again
 * (with a fresh token) or a link back to the article. It is built without the database and without rendering the
 * article, so that refusing a flood of posts costs next to nothing and slows no one else's pages (security issue
 * #12 item 10). Everything typed is escaped.
 *
 * @param action  where the form posts again
 * @param article the article the comment was for
 */
record RefusedComment(Tenant province, String action, String article, String token) {

    private static final ResourceBundle TEXT = ResourceBundle.getBundle("vn.provportal.portal.messages", Locale.forLanguageTag("vi"));

    void send(HttpServletRequest request, HttpServletResponse response, int status, String vi, String en) throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        byte[] body = page(request, vi, en).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    String page(HttpServletRequest request, String vi, String en) {
        StringBuilder page = new StringBuilder(4096)
                .append("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"UTF-8\"/>")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
                .append("<meta name=\"robots\" content=\"noindex\"/>")
                .append("<title>Chưa gửi được bình luận — ").append(escape(province.getNameVi())).append("</title>")
                .append("<link rel=\"stylesheet\" href=\"").append(escape(request.getContextPath())).append("/static/portal.css\"/>")
                .append("<style>:root { --primary: ").append(color(province.getTheme().getPrimaryColor())).append("; }</style>")
                .append("</head><body class=\"theme-").append(escape(province.getTheme().getKey())).append("\">")
                .append("<main id=\"main\" class=\"container page-main\"><h1>Chưa gửi được bình luận</h1>")
                .append("<form class=\"comment-form\" method=\"post\" accept-charset=\"UTF-8\" action=\"")
                .append(escape(action)).append("\">")
                .append("<p class=\"notice notice-error\" role=\"alert\">").append(escape(vi)).append(" <span lang=\"en\">/ ")
                .append(escape(en)).append("</span></p>")
                .append("<input type=\"hidden\" name=\"token\" value=\"").append(escape(token)).append("\"/>")
                .append("<p class=\"hp\" aria-hidden=\"true\"><label for=\"website\">Website</label>")
                .append("<input id=\"website\" name=\"website\" type=\"text\" tabindex=\"-1\" autocomplete=\"off\"/></p>");
        field(page, "comment-name", "name", TEXT.getString("comment.name") + " *", request.getParameter("name"), 100, "name");
        field(page, "comment-email", "email", TEXT.getString("comment.email"), request.getParameter("email"), 254, "email");
        page.append("<p><label for=\"comment-body\">").append(escape(TEXT.getString("comment.body"))).append(" *</label>")
                .append("<textarea id=\"comment-body\" name=\"body\" required=\"required\" maxlength=\"4000\" rows=\"5\">")
                .append(escape(request.getParameter("body"))).append("</textarea></p>")
                .append("<p class=\"consent\"><input id=\"comment-consent\" name=\"consent\" type=\"checkbox\" value=\"yes\"")
                .append(" required=\"required\"").append(request.getParameter("consent") != null ? " checked=\"checked\"" : "")
                .append("/><label for=\"comment-consent\">").append(escape(TEXT.getString("comment.consent"))).append("</label></p>")
                .append("<p><button type=\"submit\">Gửi lại / Send again</button></p></form>")
                .append("<p><a href=\"").append(escape(article)).append("#binh-luan\">Quay lại bài viết / Back to the article</a></p>")
                .append("</main></body></html>\n");
        return page.toString();
    }

    private static void field(StringBuilder page, String id, String name, String label, String value, int max, String type) {
        page.append("<p><label for=\"").append(id).append("\">").append(escape(label)).append("</label>")
                .append("<input id=\"").append(id).append("\" name=\"").append(name).append("\" type=\"")
                .append(type.equals("email") ? "email" : "text").append("\" maxlength=\"").append(max)
                .append("\" autocomplete=\"").append(type).append("\"").append(name.equals("name") ? " required=\"required\"" : "")
                .append(" value=\"").append(escape(value)).append("\"/></p>");
    }

    /** A theme colour as stored (#rgb or #rrggbb); anything else falls back to the portal's own. */
    private static String color(String value) {
        return value != null && value.matches("#[0-9A-Fa-f]{3}([0-9A-Fa-f]{3})?") ? value : "#b71c1c";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
