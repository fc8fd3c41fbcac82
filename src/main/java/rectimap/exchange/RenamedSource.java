package rectimap.exchange;

/**
 * A source whose schema carries another layer name (the name the user gave the new layer), records unchanged; for
 * importers that name the layer after the source ({@link StreamedLayerImport}).
 */
public final class RenamedSource implements FeatureSource {
    private final FeatureSource source;
    private final SourceSchema schema;

    public RenamedSource(FeatureSource source, String name) {
        this.source = source;
        SourceSchema original = source.schema();
        this.schema = new SourceSchema(name, original.fields(), original.kind(), original.crs(), original.encoding(),
                original.countOrMinusOne());
    }

    @Override
    public SourceSchema schema() {
        return schema;
    }

    @Override
    public SourceRecord next() throws ExchangeException {
        return source.next();
    }

    @Override
    public void close() throws ExchangeException {
        source.close();
    }
}
