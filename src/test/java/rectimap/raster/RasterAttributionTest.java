package rectimap.raster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.raster.pyramid.TileFixtures;
import rectimap.raster.service.ServiceAccess;
import rectimap.raster.service.TiandituPreset;
import rectimap.store.GdalTools;

/**
 * Whose imagery it is, from where each kind of file keeps it, in files GDAL wrote: the TIFF Copyright field, GDAL's
 * metadata field of a GeoTIFF and a COG, a GeoPackage tile table's description, an MBTiles {@code attribution}
 * row; and the Tianditu preset's credit with the user's review number (审图号).
 */
class RasterAttributionTest {
    @TempDir
    static Path folder;
    static Path ortho;

    @BeforeAll
    static void makeOrtho() throws IOException {
        ortho = TileFixtures.geoTiff(folder);
    }

    private static Path translate(String name, String... options) {
        Path out = folder.resolve(name);
        String[] args = new String[options.length + 3];
        args[0] = "-q";
        System.arraycopy(options, 0, args, 1, options.length);
        args[options.length + 1] = ortho.toString();
        args[options.length + 2] = out.toString();
        GdalTools.gdal("gdal_translate", args).requireSuccess();
        return out;
    }

    private static String attributionOf(Path file) throws RasterException {
        RasterSource source = RasterSources.open(file.toString());
        try {
            return source.attribution();
        } finally {
            source.close();
        }
    }

    @Test
    void tiffCopyrightFieldWrittenByGdal() throws Exception {
        Path tif = translate("copyright.tif", "-mo", "TIFFTAG_COPYRIGHT=© 盐湖区自然资源局 2024年航摄");
        assertThat(attributionOf(tif)).isEqualTo("© 盐湖区自然资源局 2024年航摄");
    }

    @Test
    void gdalMetadataItemOfAGeoTiffAndACog() throws Exception {
        Path tif = translate("gdal-metadata.tif", "-mo", "COPYRIGHT=© 运城市测绘院", "-mo", "OTHER=x");
        assertThat(attributionOf(tif)).isEqualTo("© 运城市测绘院");
        Path cog = translate("attribution-cog.tif", "-of", "COG", "-mo", "ATTRIBUTION=© 无人机航摄 2025");
        assertThat(attributionOf(cog)).isEqualTo("© 无人机航摄 2025");
    }

    @Test
    void theCopyrightFieldComesBeforeGdalMetadata() throws Exception {
        Path tif = translate("both.tif", "-mo", "TIFFTAG_COPYRIGHT=© 字段", "-mo", "ATTRIBUTION=© 元数据");
        assertThat(attributionOf(tif)).isEqualTo("© 字段");
    }

    @Test
    void geoPackageTileTableDescription() throws Exception {
        Path gpkg = translate("described.gpkg", "-of", "GPKG", "-co", "RASTER_TABLE=ortho", "-mo",
                "DESCRIPTION=© 盐湖区 2024 正射影像");
        assertThat(attributionOf(gpkg)).isEqualTo("© 盐湖区 2024 正射影像");
    }

    @Test
    void mbTilesAttributionRow() throws Exception {
        // GDAL 3.6 writes no attribution row (its -mo items do not reach the metadata table); other MBTiles writers
        // (MapTiler, TileMill, tippecanoe) do, as a plain metadata row.
        Path mbtiles = translate("credited.mbtiles", "-of", "MBTILES");
        assertThat(attributionOf(mbtiles)).isEmpty();
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + mbtiles);
             var sql = connection.prepareStatement("INSERT INTO metadata (name, value) VALUES ('attribution', ?)")) {
            sql.setString(1, "© 测绘院瓦片");
            sql.executeUpdate();
        }
        assertThat(attributionOf(mbtiles)).isEqualTo("© 测绘院瓦片");
    }

    @Test
    void tiandituCreditCarriesTheUsersReviewNumber() throws Exception {
        ServiceAccess access = ServiceAccess.of(folder.resolve("cache"), ServiceAccess.DEFAULT_CACHE_BYTES,
                Optional.of("0123456789abcdef"), ServiceAccess.OfflinePackages.none());
        RasterSource plain = RasterSources.open("tianditu:img", access);
        assertThat(plain.attribution()).isEqualTo(TiandituPreset.ATTRIBUTION);
        RasterSource reviewed = RasterSources.open("tianditu:img",
                access.withTiandituReview(Optional.of("GS(2025)1234号")));
        assertThat(reviewed.attribution()).isEqualTo(TiandituPreset.ATTRIBUTION + " 审图号：GS(2025)1234号");
    }
}
