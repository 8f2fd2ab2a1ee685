package vn.provportal.content.control;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * What keeps an article from being published (Circular 26/2020, WCAG 2.1 AA): an image without alternative
 * text, or headings that skip a level (the page title is h1, so the body starts at h2). Messages are
 * Vietnamese first.
 */
public final class AccessibilityGate {

    private AccessibilityGate() {
    }

    public static List<String> problems(String bodyHtml) {
        List<String> problems = new ArrayList<>();
        var body = Jsoup.parseBodyFragment(bodyHtml == null ? "" : bodyHtml).body();
        int imageNumber = 0;
        for (Element img : body.select("img")) {
            imageNumber++;
            if (img.attr("alt").isBlank()) {
                problems.add("Ảnh thứ " + imageNumber + " chưa có mô tả thay thế (alt) / image " + imageNumber
                        + " has no alt text");
            }
        }
        int previous = 1;
        for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            if (level == 1) {
                problems.add("Nội dung không dùng tiêu đề cấp 1 (h1): trang đã có tiêu đề bài / no h1 in the body");
            } else if (level > previous + 1) {
                problems.add("Tiêu đề \"" + heading.text() + "\" nhảy từ cấp " + previous + " xuống cấp " + level
                        + " / heading skips from level " + previous + " to " + level);
            }
            previous = level;
        }
        return problems;
    }
}
