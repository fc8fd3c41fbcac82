package rectimap.exchange;

/**
 * The {@link FeatureSource} of a table of points (CSV, XLSX), which also says how its coordinate columns were read
 * ({@link #axes()}), so the import wizard and the command line can tell the user when a survey table's X/Y were
 * swapped. Not thread-safe, like every source.
 */
public final class PointTableSource implements FeatureSource {
    private final FeatureSource rows;
    private final TableAxes axes;
    private final java.util.List<String> headers;

    PointTableSource(FeatureSource rows, TableAxes axes, java.util.List<String> headers) {
        this.rows = rows;
        this.axes = axes;
        this.headers = java.util.List.copyOf(headers);
    }

    /** Every column header in table order (for choosing the coordinate columns). */
    public java.util.List<String> headers() {
        return headers;
    }

    /** Which columns were taken as x and y and whether they were swapped. */
    public TableAxes axes() {
        return axes;
    }

    @Override
    public SourceSchema schema() {
        return rows.schema();
    }

    @Override
    public SourceRecord next() throws ExchangeException {
        return rows.next();
    }

    @Override
    public void close() throws ExchangeException {
        rows.close();
    }
}
