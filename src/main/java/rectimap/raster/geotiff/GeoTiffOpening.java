package rectimap.raster.geotiff;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import rectimap.raster.RasterException;
import rectimap.raster.RasterProblem;

/**
 * Opens a GeoTIFF: checks it is a TIFF, walks its image file directories (the full image, reduced-resolution
 * overviews; transparency masks skipped) and those of a {@code .ovr} beside it, checks the pixel layout, reads the
 * georeferencing and the CRS. Reads headers only; no pixel is decoded.
 */
public final class GeoTiffOpening {

    /** What an open file is: its readers, levels (finest first), georeferencing, CRS and how to name it. */
    record Opened(Path path, String where, String id, List<TiffFile> files, List<TiffLevel> levels,
                  GeoReference reference, int epsg, NoData noData, String attribution) {
        void close() {
            files.forEach(TiffFile::close);
        }
    }

    private GeoTiffOpening() {
    }

    /**
     * The file at {@code path} as a raster source.
     *
     * @throws RasterException FILE_MISSING, FILE_UNREADABLE, NOT_A_RASTER, CORRUPT, UNSUPPORTED_LAYOUT,
     *                         NO_GEOREFERENCE, ROTATED or UNKNOWN_CRS
     */
    public static GeoTiffSource open(Path path) throws RasterException {
        String where = path.toString();
        if (!Files.isRegularFile(path)) {
            throw new RasterException(RasterProblem.FILE_MISSING, where, "");
        }
        requireTiff(path, where);
        List<TiffFile> files = new ArrayList<>();
        try {
            TiffFile main = new TiffFile(path);
            files.add(main);
            TiffTags tags = main.tags(0);
            PixelLayout.check(tags, where);
            GeoKeys keys = GeoKeys.of(tags.numbers(TiffTags.GEO_KEY_DIRECTORY));
            GeoReference reference = GeoReference.of(tags, keys, where);
            int epsg = keys.epsg(where);
            List<TiffLevel> levels = new ArrayList<>();
            int[] fullLayout = main.layout(0);
            addLevels(main, reference, fullLayout, levels, 0);
            Path ovr = path.resolveSibling(path.getFileName() + ".ovr");
            if (Files.isRegularFile(ovr)) {
                TiffFile overviews = new TiffFile(ovr);
                files.add(overviews);
                addLevels(overviews, reference, fullLayout, levels, -1);
            }
            levels.sort((a, b) -> Integer.compare(b.width(), a.width()));
            String id = path.toAbsolutePath() + "|" + Files.size(path) + "|" + Files.getLastModifiedTime(path).toMillis();
            return new GeoTiffSource(new Opened(path, where, id, List.copyOf(files), List.copyOf(levels), reference,
                    epsg, NoData.of(tags), TiffCredit.of(tags)));
        } catch (RasterException e) {
            files.forEach(TiffFile::close);
            throw e;
        } catch (AccessDeniedException e) {
            files.forEach(TiffFile::close);
            throw new RasterException(RasterProblem.FILE_UNREADABLE, where, "access denied", e);
        } catch (IOException | RuntimeException e) {
            files.forEach(TiffFile::close);
            throw new RasterException(RasterProblem.CORRUPT, where, String.valueOf(e.getMessage()), e);
        }
    }

    /**
     * Adds the levels of {@code file}: from {@code from} on (0 for the main file, whose image 0 is the full one;
     * -1 for an .ovr, whose every image is an overview), skipping masks and images that are not reductions.
     */
    private static void addLevels(TiffFile file, GeoReference reference, int[] full, List<TiffLevel> levels, int from)
            throws IOException {
        int count = file.imageCount();
        for (int i = 0; i < count; i++) {
            TiffTags tags = file.tags(i);
            long subfile = tags.number(TiffTags.NEW_SUBFILE_TYPE, 0);
            boolean mask = (subfile & TiffTags.TRANSPARENCY_MASK) != 0;
            boolean reduced = (subfile & TiffTags.REDUCED_RESOLUTION) != 0;
            boolean fullImage = from == 0 && i == 0;
            if (mask || !(fullImage || reduced || from < 0)) {
                continue;
            }
            int[] layout = file.layout(i);
            if (!fullImage && layout[0] >= full[0]) {
                continue;
            }
            levels.add(TiffLevel.of(file, i, layout, reference, full[0], full[1],
                    (int) tags.number(TiffTags.COMPRESSION, 1)));
        }
    }

    private static void requireTiff(Path path, String where) throws RasterException {
        if (!Files.isReadable(path)) {
            throw new RasterException(RasterProblem.FILE_UNREADABLE, where, "access denied");
        }
        try {
            if (TiffHeader.of(path).isEmpty()) {
                throw new RasterException(RasterProblem.NOT_A_RASTER, where, "TIFF");
            }
        } catch (IOException e) {
            throw new RasterException(RasterProblem.FILE_UNREADABLE, where, String.valueOf(e.getMessage()), e);
        }
    }
}
