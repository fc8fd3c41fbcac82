package rectimap.tool;

import java.util.List;
import java.util.Objects;

/**
 * A message a tool shows the user (a prompt, a refusal, the live length or area), as a key of the interface bundle
 * ({@code tool.*} in {@code rectimap/ui/messages*.properties}, Chinese by default, English with {@code --lang en})
 * and its arguments; the UI puts it in the user's language. An argument is shown as is when it is a String (a layer
 * title, a number already formatted with grouping), put in the language first when it is a ToolText or a
 * {@link Given}. Immutable.
 */
public record ToolText(String key, List<Object> args) {
    /** No text (an empty status line). */
    public static final ToolText NONE = new ToolText("", List.of());

    public ToolText {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static ToolText of(String key, Object... args) {
        return new ToolText(key, List.of(args));
    }

    /** Text a lower layer already has in both languages (e.g. a command's refusal), shown as it is. */
    public static ToolText given(String zh, String en) {
        return of("tool.text", new Given(zh, en));
    }

    public boolean isEmpty() {
        return key.isEmpty();
    }

    /** A text argument that comes in both languages (from a layer that words its own messages). */
    public record Given(String zh, String en) {
        public Given {
            Objects.requireNonNull(zh, "zh");
            Objects.requireNonNull(en, "en");
        }
    }
}
