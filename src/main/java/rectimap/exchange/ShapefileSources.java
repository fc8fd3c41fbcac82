package rectimap.exchange;

import java.nio.file.Path;

/** Shapefile import goes through {@code exchange.shapefile} (helper "shapefile"); wired here once it lands. */
final class ShapefileSources {
    private ShapefileSources() {
    }

    static FeatureSource open(Path file, SourceOptions options) throws ExchangeException {
        throw new ExchangeException(ExchangeProblem.UNSUPPORTED, file, -1, "Shapefile reading is not in this build");
    }
}
