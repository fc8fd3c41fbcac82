package rectimap.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/**
 * A one-way converter for a non-editable choice box or combo box: shows {@code text} of a value, "" for none; reading
 * typed text back gives null (nothing is typed into these boxes). FX thread.
 */
public final class TextConverter {
    private TextConverter() {
    }

    public static <T> StringConverter<T> of(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String typed) {
                return null;
            }
        };
    }
}
