package rectimap.exchange;

import java.util.Objects;

/**
 * A new-layer import as the app hands it to the project file: how to open the source afresh (on the importing
 * thread) and the plan, whose target is an {@link ImportTarget.NewLayer}. Immutable; any thread.
 *
 * @param opener  opens the plan's file by its type
 * @param options how to read it (encoding, columns, CRS, GeoPackage layer) as the user chose
 * @param plan    file, new-layer target, source CRS override, invalid-geometry policy
 */
public record NewLayerImport(SourceOpener opener, SourceOptions options, ImportPlan plan) {
    public NewLayerImport {
        Objects.requireNonNull(opener, "opener");
        Objects.requireNonNull(options, "options");
        if (!(plan.target() instanceof ImportTarget.NewLayer)) {
            throw new IllegalArgumentException("a new-layer import needs a NewLayer target, not " + plan.target());
        }
    }

    /** Opens the source; the caller closes it. */
    public FeatureSource open() throws ExchangeException {
        return opener.open(plan.file(), options);
    }
}
