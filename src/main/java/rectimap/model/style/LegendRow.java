package rectimap.model.style;

import java.util.Objects;

/**
 * One row of a layer's legend: a title (a class value or its title, e.g. 高速公路, 逾期) and the symbol the map draws
 * for it. {@code kind} tells a class symbol (drawn instead of the base) from an emphasis (drawn on top of it).
 */
public record LegendRow(String title, Symbolizer symbol, Kind kind) {

    /** What the row's symbol is to the features it stands for. */
    public enum Kind {
        /** The features' own symbol. */
        CLASS,
        /** A mark drawn over the features' class symbol (示范镇 outline, 文化体验村 flag). */
        EMPHASIS
    }

    public LegendRow {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(kind, "kind");
    }
}
