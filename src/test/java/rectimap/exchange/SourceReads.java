package rectimap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import rectimap.store.GdalTools;

/**
 * What a {@link FeatureSource} yields, as comparable values: the streamed readers (GeoJSON, KML) are held to the
 * whole-file readers they replace by comparing these, record by record, on GDAL-made and damaged files.
 */
final class SourceReads {

    private SourceReads() {
    }

    /** Opens a source on a file (streamed or whole). */
    interface Opener {
        FeatureSource open(Path file) throws ExchangeException;
    }

    /** One record as read, or its fault ("BAD_GEOMETRY record 2: ..."; a failed open: "OPEN TRUNCATED ..."). */
    record Read(long index, Map<String, Object> values, Geometry geometry, String fault) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Read r && index == r.index && java.util.Objects.equals(values, r.values)
                    && new ArrayList<>(values == null ? List.of() : values.keySet())
                    .equals(new ArrayList<>(r.values == null ? List.of() : r.values.keySet()))
                    && (geometry == null ? r.geometry == null : r.geometry != null && geometry.equalsExact(r.geometry))
                    && java.util.Objects.equals(fault, r.fault);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(index);
        }
    }

    /** Schema (as the first element) and every record of {@code file}, or the one failure of opening it. */
    static List<Read> readAll(Path file, Opener opener) {
        List<Read> reads = new ArrayList<>();
        try (FeatureSource source = opener.open(file)) {
            reads.add(new Read(-1, Map.of("schema", source.schema().toString()), null, null));
            for (long i = 0; i < source.schema().countOrMinusOne(); i++) {
                try {
                    SourceRecord record = source.next();
                    reads.add(new Read(record.index(), record.values(), record.geometryInSourceCrs(), null));
                } catch (ExchangeException e) {
                    reads.add(new Read(i, null, null, e.problem() + " record " + e.record() + ": " + e.detail()));
                }
            }
            assertThat(source.next()).isNull();
        } catch (ExchangeException e) {
            return List.of(new Read(-1, null, null, "OPEN " + e.problem() + " " + e.getMessage()));
        }
        return reads;
    }

    /** The outcome without the detail text: how open failed, or the faults of the records read. */
    static List<String> outcome(List<Read> reads) {
        return reads.stream().map(r -> r.fault() == null ? "ok"
                : r.fault().startsWith("OPEN") ? r.fault().split(" ")[0] + " " + r.fault().split(" ")[1]
                : r.fault()).toList();
    }

    /** {@code seedCsv} (a WKT column) written by ogr2ogr as {@code driver} into {@code dir/name}, layer 片区. */
    static Path gdalMade(Path dir, String seedCsv, String name, String driver, String srs) throws Exception {
        Path csv = dir.resolve("seed-" + System.nanoTime() + ".csv");
        Files.writeString(csv, seedCsv, StandardCharsets.UTF_8);
        Path out = dir.resolve(name);
        GdalTools.ogr2ogr("-f", driver, out.toString(), csv.toString(), "-oo", "GEOM_POSSIBLE_NAMES=WKT",
                "-oo", "KEEP_GEOM_COLUMNS=NO", "-oo", "AUTODETECT_TYPE=YES", "-a_srs", srs, "-nln", "片区")
                .requireSuccess();
        return out;
    }
}
