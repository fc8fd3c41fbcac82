package rectimap.exchange;

/**
 * A file (or a part of one) read as a stream of features, one record at a time, so a file of a million features
 * never has to fit in memory. Every importer (Shapefile, GeoJSON, KML, CSV, XLSX, GeoPackage) implements this port;
 * the import pipeline reads any of them the same way.
 *
 * <p>Not thread-safe: one reading thread. {@link #close()} releases the files and may be called more than once.
 */
public interface FeatureSource extends AutoCloseable {

    /** The schema read from the file's header (fields, geometry kind, CRS, encoding, record count). */
    SourceSchema schema();

    /**
     * The next record, or {@code null} after the last one.
     *
     * @throws ExchangeException naming the file, the record and what is wrong with it
     */
    SourceRecord next() throws ExchangeException;

    /** Releases the files; an {@link ExchangeException} only for a failure that matters to the caller. */
    @Override
    void close() throws ExchangeException;
}
