package vn.provportal.platform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.stream.Collectors;

/**
 * A list an editor puts in order (menu entries, banners): by dragging a row, or with a row's up and down buttons
 * for those who use a keyboard. Positions become 1, 2, 3… in the order given. An order that does not name exactly
 * the entries there are now — someone added or removed one meanwhile — is refused whole, nothing moved.
 */
public final class Ordering {

    private Ordering() {
    }

    /** Places every entry of {@code all} at its place in {@code ids}. */
    public static <T> void apply(List<T> all, List<Long> ids, Function<T, Long> id, ObjIntConsumer<T> place) {
        Map<Long, T> byId = all.stream().collect(Collectors.toMap(id, e -> e));
        if (ids.size() != all.size() || !new HashSet<>(ids).equals(byId.keySet())) {
            throw InvalidInput.of("platform.list-changed-meanwhile-reload");
        }
        for (int i = 0; i < ids.size(); i++) {
            place.accept(byId.get(ids.get(i)), i + 1);
        }
    }

    /** The ids with the one of {@code moving} a step up ({@code -1}) or down ({@code +1}) among {@code group}. */
    public static List<Long> moved(List<Long> ids, List<Long> group, long moving, int step) {
        int at = group.indexOf(moving);
        int to = at + step;
        if (at < 0 || to < 0 || to >= group.size()) {
            return ids;
        }
        List<Long> result = new ArrayList<>(ids);
        int i = result.indexOf(moving);
        int j = result.indexOf(group.get(to));
        result.set(i, group.get(to));
        result.set(j, moving);
        return result;
    }

    /** The ids with the entry at {@code from} dropped at {@code to}, as a dragged row lands. */
    public static List<Long> dropped(List<Long> ids, int from, int to) {
        if (from < 0 || from >= ids.size() || to < 0 || to >= ids.size()) {
            return ids;
        }
        List<Long> result = new ArrayList<>(ids);
        result.add(to, result.remove(from));
        return result;
    }
}
