package rectimap.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import rectimap.model.Field;

/**
 * The fields a new layer gets for a source: the source's fields, renamed where a name is blank ({@code field}),
 * reserved by GeoPackage ({@code fid}, {@code geom}) or repeats ignoring case ({@code name_2}); and the source field
 * each one is filled from. Shared by the in-memory ({@link FeatureAssembly}) and the streamed
 * ({@link StreamedNewLayer}) import, so both name a layer's columns alike.
 *
 * @param fields         the new layer's fields, in source order
 * @param sourceByTarget for each new field's name, the source field's name
 */
record NewLayerFields(List<Field> fields, Map<String, String> sourceByTarget) {
    /** SQLite's 2,000 columns of a table less the layer's fid and geometry. */
    static final int MAX_FIELDS = 1_998;

    /**
     * @throws ExchangeException UNSUPPORTED naming {@code file} when the source has more fields than a layer can hold
     *                           (an input problem, found before anything is written)
     */
    static NewLayerFields of(Path file, List<Field> sourceFields) throws ExchangeException {
        if (sourceFields.size() > MAX_FIELDS) {
            throw new ExchangeException(ExchangeProblem.UNSUPPORTED, file, String.format("%,d columns (fields)"
                    + " besides the geometry; a layer holds at most %,d: remove the columns not needed",
                    sourceFields.size(), MAX_FIELDS));
        }
        Map<String, String> sourceByTarget = new LinkedHashMap<>();
        List<Field> fields = new ArrayList<>();
        Set<String> taken = new HashSet<>(Set.of("fid", "geom"));
        for (Field field : sourceFields) {
            String name = field.name().isBlank() ? "field" : field.name();
            String unique = name;
            for (int n = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); n++) {
                unique = name + "_" + n;
            }
            sourceByTarget.put(unique, field.name());
            fields.add(new Field(unique, field.type()));
        }
        return new NewLayerFields(List.copyOf(fields), Map.copyOf(sourceByTarget));
    }

    /**
     * The record's values for {@code targetFields} (derived fields left out), each typed as its field says.
     *
     * @param sourceByTarget the source field filling each target field (unmapped ones stay empty)
     * @throws ExchangeException BAD_VALUE naming the file, record and field when a value does not fit its type
     */
    static Map<String, Object> typedValues(List<Field> targetFields, Map<String, String> sourceByTarget, Path file,
                                           SourceRecord record) throws ExchangeException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field field : targetFields) {
            if (field.isDerived()) {
                continue;
            }
            String sourceField = sourceByTarget.get(field.name());
            Object raw = sourceField == null ? null : record.values().get(sourceField);
            try {
                values.put(field.name(), FieldTypeInference.convert(raw, field.type()));
            } catch (RuntimeException e) {
                throw new ExchangeException(ExchangeProblem.BAD_VALUE, file, record.index(), "field " + sourceField
                        + ": '" + raw + "' is not a value of " + field.name() + " (" + field.type() + ")", e);
            }
        }
        return values;
    }
}
