package rectimap.render;

import java.util.HashMap;
import java.util.Map;

/**
 * The names a frame wants to show, to let a label give way when it only repeats one of them: a road named
 * "曲村村委会进村路" beside the village "曲村村委会" tells nothing new, and where the village's own name finds no place
 * its road must not stand in for it. A label repeats a name when that name is asked for at a higher rule priority
 * (roads rank under villages) and the label's text is the name followed by a short generic word
 * ({@link #MAX_SUFFIX} characters at most, no digit, space or dash: "北相镇—陶村镇" names two places and stays). Not
 * thread-safe; one per frame.
 */
final class RepeatedNames {

    /** The longest generic word after a repeated name (进村路, 大街, 路). */
    static final int MAX_SUFFIX = 4;

    /** Each requested text with the highest priority it is asked for at. */
    private final Map<String, Integer> shown = new HashMap<>();

    /** The names of a frame's label requests. */
    RepeatedNames(Iterable<LabelRequest> requests) {
        requests.forEach(r -> shown.merge(r.text(), r.priority(), Math::max));
    }

    /** Whether {@code request} is a name asked for at a higher priority plus a short generic word. */
    boolean repeats(LabelRequest request) {
        String text = request.text();
        for (int end = Math.max(1, text.length() - MAX_SUFFIX); end < text.length(); end++) {
            Integer priority = shown.get(text.substring(0, end));
            if (priority != null && priority > request.priority() && isGeneric(text.substring(end))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isGeneric(String suffix) {
        return suffix.chars().noneMatch(c -> c == '—' || c == '-' || c == '–' || Character.isWhitespace(c)
                || Character.isDigit(c));
    }
}
