package vn.provportal.content.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A search result's excerpt, cut from the original text around the first hit, with every searched word
 * marked — matched without regard to diacritics (and đ/d), as MariaDB matched them, but shown as written.
 * The result is escaped HTML with {@code <mark>} elements only.
 */
public final class Snippet {

    static final int RADIUS = 110;

    private Snippet() {
    }

    public static String html(String plainText, List<String> words) {
        String text = plainText == null ? "" : plainText.replaceAll("\\s+", " ").strip();
        String folded = fold(text);
        List<int[]> hits = new ArrayList<>();
        for (String word : words) {
            String w = fold(word);
            for (int i = folded.indexOf(w); i >= 0 && !w.isEmpty(); i = folded.indexOf(w, i + w.length())) {
                if (isBoundary(folded, i - 1) && isBoundary(folded, i + w.length())) {
                    hits.add(new int[] {i, i + w.length()});
                }
            }
        }
        hits.sort((a, b) -> Integer.compare(a[0], b[0]));
        int first = hits.isEmpty() ? 0 : hits.get(0)[0];
        int start = Math.max(0, first - RADIUS / 2);
        int end = Math.min(text.length(), start + 2 * RADIUS);
        StringBuilder html = new StringBuilder(start > 0 ? "… " : "");
        int at = start;
        for (int[] hit : hits) {
            if (hit[0] < at || hit[1] > end) {
                continue;
            }
            html.append(escape(text.substring(at, hit[0]))).append("<mark>")
                    .append(escape(text.substring(hit[0], hit[1]))).append("</mark>");
            at = hit[1];
        }
        html.append(escape(text.substring(at, end))).append(end < text.length() ? " …" : "");
        return html.toString();
    }

    /** Lower case without tone or vowel marks, đ → d; one char per char of the NFC input. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'đ' || c == 'Đ') {
                out.append('d');
                continue;
            }
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            out.append(Character.toLowerCase(base.isEmpty() ? c : base.charAt(0)));
        }
        return out.toString();
    }

    private static boolean isBoundary(String text, int index) {
        return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
