package rectimap.model;

/** Points at one feature of one layer, e.g. the current highlight or an identify result. */
public record FeatureRef(String tableName, long featureId) {
}
