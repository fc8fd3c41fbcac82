package rectimap.store;

import rectimap.model.Feature;

/**
 * Features to import, handed over one at a time so a file of any size streams into the project (see
 * {@link GeoPackageStore#importNewLayer}). The feed's own failures (an unreadable record) pass through as {@code E}.
 *
 * @param <E> what reading the next feature may throw (e.g. the exchange package's ExchangeException)
 */
@FunctionalInterface
public interface FeatureFeed<E extends Exception> {
    /**
     * The next feature, or null after the last. Its geometry is in the import's source CRS; its id is ignored
     * (the new layer numbers features 1, 2, ... in feed order); its attributes are keyed by the layer's field names.
     */
    Feature next() throws E;
}
