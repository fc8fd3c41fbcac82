package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.raster.pyramid.GeoPackageTiles;
import rectimap.raster.pyramid.ProjectBasemaps;
import rectimap.raster.pyramid.TilePyramid;
import rectimap.raster.tile.TileAddress;
import rectimap.raster.tile.TileMatrixSet;
import rectimap.raster.tile.WellKnownSets;

/**
 * A basemap package written beside a project: complete, it is a valid GeoPackage that {@link ProjectBasemaps} finds
 * by the source's id; a download that fails or is cancelled half-way leaves the earlier package byte for byte and no
 * part file.
 */
class TilePackageFileTest {
    private static final String SOURCE = "http://127.0.0.1:8080/tiles/{z}/{x}/{y}.png";
    private final TileMatrixSet set = WellKnownSets.webMercator("xyz", 0, 4);

    @Test
    void aCompletePackageIsFoundAndAFailedOrCancelledOneChangesNothing(@TempDir Path folder) throws Exception {
        Path project = folder.resolve("plan.gpkg");
        Path file = ProjectBasemaps.fileFor(project, SOURCE);
        assertThat(file.getParent()).isEqualTo(folder.resolve("plan.tiles"));
        byte[] png = png();
        List<TileAddress> first = List.of(tile(2, 1, 1), tile(2, 2, 1));
        assertThat(TilePackageFile.write(file, pkg(first), t -> Optional.of(png), BulkProgress.NONE)).isEqualTo(2);
        GdalTools.Run valid = GdalTools.validateGpkg(file);
        assertThat(valid.exitCode()).as(valid.output()).isZero();
        try (TilePyramid found = ProjectBasemaps.find(project, SOURCE).orElseThrow()) {
            assertThat(found.tileBytes(tile(2, 2, 1))).contains(png);
        }
        byte[] before = Files.readAllBytes(file);

        List<TileAddress> more = List.of(tile(3, 2, 2), tile(3, 3, 2), tile(3, 4, 2));
        assertThatThrownBy(() -> TilePackageFile.write(file, pkg(more), t -> {
            if (t.column() == 3) {
                throw new java.io.IOException("server gone");
            }
            return Optional.of(png);
        }, BulkProgress.NONE)).hasMessage("server gone");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(file.resolveSibling(file.getFileName() + ".part")).doesNotExist();

        int[] asked = {0};
        long cancelled = TilePackageFile.write(file, pkg(more), t -> Optional.of(png), new BulkProgress() {
            @Override
            public boolean cancelRequested() {
                return ++asked[0] > 1;
            }
        });
        assertThat(cancelled).isEqualTo(-1);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(file.resolveSibling(file.getFileName() + ".part")).doesNotExist();

        assertThat(TilePackageFile.write(file, pkg(more), t -> Optional.of(png), BulkProgress.NONE)).isEqualTo(3);
        try (TilePyramid found = GeoPackageTiles.open(file, ProjectBasemaps.tableFor(SOURCE))) {
            assertThat(found.tileBytes(tile(2, 1, 1))).as("the earlier tiles stay").contains(png);
            assertThat(found.tileBytes(tile(3, 4, 2))).contains(png);
        }
    }

    private TilePackage pkg(List<TileAddress> tiles) {
        return new TilePackage(ProjectBasemaps.tableFor(SOURCE), "test", ProjectBasemaps.DESCRIPTION_PREFIX + SOURCE,
                set, tiles);
    }

    private TileAddress tile(int zoom, long column, long row) {
        return new TileAddress(set.zoom(zoom).orElseThrow(), column, row);
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0xff00ff);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
