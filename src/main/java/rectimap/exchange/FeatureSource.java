package rectimap.exchange;

/**
 * A file being read feature by feature: its schema first, then records in file order until {@code null}. One
 * thread at a time; {@link #close()} releases the file. Every importer (Shapefile, GeoJSON, KML, CSV, XLSX,
 * GeoPackage layer) implements this, so the import pipeline ({@link ImportRunner}) treats them alike.
 */
public interface FeatureSource extends AutoCloseable {

    /** What the file holds: name, fields, geometry kind, CRS, text encoding and record count (-1 unknown). */
    SourceSchema schema();

    /**
     * The next record, or null at the end.
     *
     * @throws ExchangeException naming the file, the record and what is wrong with it
     */
    SourceRecord next() throws ExchangeException;

    @Override
    void close();
}
