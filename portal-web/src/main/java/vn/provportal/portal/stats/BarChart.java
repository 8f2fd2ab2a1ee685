package vn.provportal.portal.stats;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn as inline SVG on the server: no script (the portal's CSP allows none inline),
 * printable, and readable without JavaScript. Each bar carries its number as text, and the widget shows the
 * same numbers in a table for screen readers.
 */
public final class BarChart {

    /** One bar. */
    public record Bar(String label, long value, String cssClass) {
    }

    private static final int WIDTH = 300;
    private static final int ROW = 30;
    private static final int LABEL = 130;

    private BarChart() {
    }

    public static String svg(String title, List<Bar> bars) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        int height = bars.size() * ROW + 4;
        StringBuilder svg = new StringBuilder()
                .append("<svg class=\"bar-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" role=\"img\" aria-label=\"")
                .append(escape(title)).append("\" focusable=\"false\">");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * ROW + 2;
            double width = (WIDTH - LABEL - 50) * (double) bar.value() / max;
            svg.append("<text x=\"0\" y=\"").append(y + 18).append("\" class=\"bar-label\">")
                    .append(escape(bar.label())).append("</text>")
                    .append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 4).append("\" width=\"")
                    .append(String.format(Locale.ROOT, "%.1f", Math.max(width, 1))).append("\" height=\"18\" class=\"")
                    .append(bar.cssClass()).append("\"></rect>")
                    .append("<text x=\"").append(String.format(Locale.ROOT, "%.1f", LABEL + width + 4))
                    .append("\" y=\"").append(y + 18).append("\" class=\"bar-value\">")
                    .append(String.format(Locale.forLanguageTag("vi"), "%,d", bar.value())).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
