package rectimap.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import rectimap.model.Feature;
import rectimap.model.Field;
import rectimap.model.Layer;

/**
 * A ledger (台账): a titled table with column headers in the user's language and rows of values (String, Long,
 * Double, LocalDate or null). The statistics report builds its own; {@link #ofLayer} makes one of a layer.
 */
public record Ledger(String title, List<String> headers, List<List<Object>> rows) {
    public Ledger {
        headers = List.copyOf(headers);
        rows = rows.stream().map(row -> java.util.Collections.unmodifiableList(new ArrayList<>(row))).toList();
    }

    /**
     * One row per feature: a first column {@code idHeader} with the feature id, then every field under the header
     * {@code headerOf} gives it (e.g. the planning schema's Chinese label, falling back to the column name).
     */
    public static Ledger ofLayer(Layer layer, String idHeader, Function<Field, String> headerOf) {
        List<String> headers = new ArrayList<>();
        headers.add(idHeader);
        List<Field> fields = layer.info().type().fields();
        fields.forEach(f -> headers.add(headerOf.apply(f)));
        List<List<Object>> rows = new ArrayList<>();
        for (Feature feature : layer.features()) {
            List<Object> row = new ArrayList<>();
            row.add(feature.id());
            fields.forEach(f -> row.add(feature.get(f.name())));
            rows.add(row);
        }
        return new Ledger(layer.info().title(), headers, rows);
    }
}
