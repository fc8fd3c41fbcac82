package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import rectimap.exchange.JsonForTests;
import rectimap.store.GdalTools;

/**
 * Features of a file as GDAL's Python bindings read them (python3-gdal, the system python): every field value as
 * GDAL returns it and the geometry as WKT at full precision, for value-by-value comparisons with our exports.
 */
final class GdalFeatures {
    private static final String SCRIPT = """
            import json, sys
            from osgeo import ogr
            ds = ogr.Open(sys.argv[1])
            layer = ds.GetLayer(0)
            out = []
            for f in layer:
                row = {}
                for i in range(f.GetFieldCount()):
                    d = f.GetFieldDefnRef(i)
                    row[d.GetName()] = None if not f.IsFieldSetAndNotNull(i) else (
                        f.GetFieldAsString(i) if d.GetType() in (ogr.OFTDate, ogr.OFTDateTime) else f.GetField(i))
                g = f.GetGeometryRef()
                row["__wkt"] = g.ExportToIsoWkt() if g is not None else None
                row["__types"] = {layer.GetLayerDefn().GetFieldDefn(i).GetName():
                                  ogr.GetFieldTypeName(layer.GetLayerDefn().GetFieldDefn(i).GetType())
                                  for i in range(layer.GetLayerDefn().GetFieldCount())}
                out.append(row)
            print(json.dumps({"srs": layer.GetSpatialRef().GetAuthorityCode(None) if layer.GetSpatialRef() else None,
                              "features": out}, ensure_ascii=False))
            """;

    private GdalFeatures() {
    }

    /** Reads {@code file}'s first layer with GDAL: {"srs": code, "features": [{field: value, "__wkt": …}]}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> read(Path file) throws IOException, InterruptedException {
        GdalTools.requireGdal();
        Process process = new ProcessBuilder(GdalTools.SYSTEM_PYTHON, "-c", SCRIPT, file.toString())
                .redirectErrorStream(false).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(err).isZero();
        return (Map<String, Object>) JsonForTests.parse(out.trim());
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> features(Map<String, Object> read) {
        return new ArrayList<>((List<Map<String, Object>>) read.get("features"));
    }

    static Geometry geometry(Map<String, Object> feature) throws Exception {
        return new WKTReader().read((String) feature.get("__wkt"));
    }
}
