package rectimap.exchange.shapefile;

import java.util.List;

/**
 * What a Shapefile export will write, known before writing, so the UI can warn first: the DBF columns (names cut
 * to the format's 10 bytes, made unique) and how many text values do not fit the 254-byte limit.
 *
 * @param columns         one per layer field, in order
 * @param textValuesCut   text values longer than 254 bytes in the chosen encoding (cut at a character boundary)
 */
public record ShapefileExportPlan(List<Column> columns, long textValuesCut) {
    public ShapefileExportPlan {
        columns = List.copyOf(columns);
    }

    /**
     * One DBF column.
     *
     * @param fieldName   the layer's field name
     * @param writtenName the name written (at most 10 bytes in the encoding)
     * @param type        C, N or D
     * @param width       bytes per value
     * @param decimals    digits after the point (N)
     */
    public record Column(String fieldName, String writtenName, char type, int width, int decimals) {
        /** Whether the name had to be cut or changed. */
        public boolean renamed() {
            return !fieldName.equals(writtenName);
        }
    }

    /** The columns whose names are cut or changed: show them before writing. */
    public List<Column> renamedColumns() {
        return columns.stream().filter(Column::renamed).toList();
    }

    /** Whether anything would be lost or changed (the UI asks before writing). */
    public boolean needsWarning() {
        return textValuesCut > 0 || !renamedColumns().isEmpty();
    }
}
