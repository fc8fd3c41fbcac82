package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import rectimap.campaign.ProjectAssembler;
import rectimap.campaign.planning.PlanningRules;
import rectimap.campaign.planning.ResponsibilityAreaSchema;
import rectimap.edit.EditSession;
import rectimap.edit.MergePolygonsCommand;
import rectimap.edit.OverlapPolicy;
import rectimap.edit.SplitPolygonCommand;
import rectimap.edit.UndoHistory;
import rectimap.media.NewPhoto;
import rectimap.media.Photo;
import rectimap.media.PhotoLayer;
import rectimap.media.PhotoTag;
import rectimap.media.ScaledPicture;
import rectimap.model.Feature;
import rectimap.model.FeatureRef;
import rectimap.model.Project;
import rectimap.store.GdalTools;
import rectimap.store.GeoPackagePhotoArchive;
import rectimap.store.ProjectFile;
import rectimap.store.ProjectFiles;
import rectimap.store.Sqlite3;

/**
 * Issue 17: merging or splitting responsibility areas left their 照片 points (and the photos' mapping rows) naming
 * an area that was gone. Now the same step moves them: a merge to the surviving area, a split to the part each
 * photo lies in; undo moves them back, redo forward again, in the window's project and in the file, which GDAL
 * still validates.
 */
class MergedAndSplitPhotoPointsTest {
    private static final String AREAS = ResponsibilityAreaSchema.TABLE;
    private static final String MAPPING = "gpkgext_rectimap_photos_of_" + AREAS;
    private static final GeometryFactory LON_LAT = new GeometryFactory();

    @TempDir
    Path dir;

    @Test
    void mergingMovesThePhotosOfTheRemovedAreaToTheSurvivorAndUndoMovesThemBack() throws Exception {
        Path file = dir.resolve("合并.gpkg");
        Feature survivor;
        Feature removed;
        try (ProjectFile project = CliConsole.createPlannedSample(file)) {
            List<Feature> areas = areas(ProjectAssembler.assemble(file, project.store()));
            Feature[] pair = touchingPair(areas);
            survivor = pair[0];
            removed = pair[1];
            add(project, photo("留下.jpg", survivor, survivor.geometry().getInteriorPoint()),
                    photo("并入.jpg", removed, removed.geometry().getInteriorPoint()));
        }

        try (ProjectFile project = ProjectFiles.open(file)) {
            EditSession session = session(file, project);
            session.execute(new MergePolygonsCommand(AREAS, List.of(survivor.id(), removed.id()), survivor.id(),
                    OverlapPolicy.ALLOW).build(session.project(), session.rules()).changes()).orElseThrow()
                    .durable().join();

            Map<String, Long> moved = Map.of("留下.jpg", survivor.id(), "并入.jpg", survivor.id());
            assertOwners(session, file, moved);

            session.undo().orElseThrow().durable().join();
            Map<String, Long> back = Map.of("留下.jpg", survivor.id(), "并入.jpg", removed.id());
            assertOwners(session, file, back);

            session.redo().orElseThrow().durable().join();
            assertOwners(session, file, moved);
        }
        GdalTools.validateGpkg(file).requireSuccess();
    }

    @Test
    void splittingMovesEachPhotoToThePartItLiesInAndUndoMovesThemBack() throws Exception {
        Path file = dir.resolve("拆分.gpkg");
        Feature area;
        Point west;
        Point east;
        LineString cut;
        try (ProjectFile project = CliConsole.createPlannedSample(file)) {
            area = areas(ProjectAssembler.assemble(file, project.store())).get(0);
            Envelope box = area.geometry().getEnvelopeInternal();
            double middle = box.centre().x;
            west = half(area, box.getMinX() - 1, middle);
            east = half(area, middle, box.getMaxX() + 1);
            cut = LON_LAT.createLineString(new Coordinate[] {new Coordinate(middle, box.getMinY() - 0.01),
                new Coordinate(middle, box.getMaxY() + 0.01)});
            add(project, photo("西.jpg", area, west), photo("东.jpg", area, east));
        }

        try (ProjectFile project = ProjectFiles.open(file)) {
            EditSession session = session(file, project);
            session.execute(new SplitPolygonCommand(AREAS, area.id(), cut).build(session.project(), session.rules())
                    .changes()).orElseThrow().durable().join();

            List<Feature> parts = areas(session.project()).stream().filter(f -> f.id() != area.id()
                    && f.geometry().intersects(area.geometry()) && f.geometry().within(area.geometry().buffer(1e-9)))
                    .toList();
            assertThat(parts).hasSize(2);
            Map<String, Long> split = Map.of("西.jpg", holding(parts, west), "东.jpg", holding(parts, east));
            assertThat(split.values()).doesNotHaveDuplicates().doesNotContain(area.id());
            assertOwners(session, file, split);

            session.undo().orElseThrow().durable().join();
            Map<String, Long> whole = Map.of("西.jpg", area.id(), "东.jpg", area.id());
            assertOwners(session, file, whole);

            session.redo().orElseThrow().durable().join();
            assertOwners(session, file, split);
        }
        GdalTools.validateGpkg(file).requireSuccess();
    }

    /** Whose each photo is, as the session's project, the file's photo points and its mapping rows have it. */
    private static void assertOwners(EditSession session, Path file, Map<String, Long> expected) {
        assertThat(owners(session.project())).isEqualTo(expected);
        assertThat(ownersInFile(file)).isEqualTo(expected);
        assertThat(mappedInFile(file)).isEqualTo(expected);
    }

    private static EditSession session(Path file, ProjectFile project) {
        return new EditSession(ProjectAssembler.assemble(file, project.store()),
                UndoHistory.of(project.history(), project.historyCursor()), project.journal().orElseThrow(),
                PlanningRules.INSTANCE);
    }

    private static List<Feature> areas(Project project) {
        return project.layer(AREAS).orElseThrow().layer().features();
    }

    private static Feature[] touchingPair(List<Feature> areas) {
        for (int i = 0; i < areas.size(); i++) {
            for (int j = i + 1; j < areas.size(); j++) {
                if (areas.get(i).geometry().intersects(areas.get(j).geometry())) {
                    return new Feature[] {areas.get(i), areas.get(j)};
                }
            }
        }
        throw new AssertionError("the sample has no two responsibility areas that touch");
    }

    /** A point inside the part of {@code area} between the two longitudes. */
    private static Point half(Feature area, double fromLon, double toLon) {
        Envelope box = area.geometry().getEnvelopeInternal();
        Geometry band = LON_LAT.toGeometry(new Envelope(fromLon, toLon, box.getMinY() - 1, box.getMaxY() + 1));
        return area.geometry().intersection(band).getInteriorPoint();
    }

    private static long holding(List<Feature> parts, Point place) {
        return parts.stream().filter(part -> part.geometry().covers(place)).findFirst().orElseThrow().id();
    }

    private static void add(ProjectFile project, NewPhoto... photos) throws Exception {
        Deque<NewPhoto> feed = new ArrayDeque<>(List.of(photos));
        GeoPackagePhotoArchive.of(project.store()).add(feed::poll);
    }

    private static NewPhoto photo(String name, Feature area, Point at) {
        Photo facts = new Photo(0, name, "sha-" + name, null, at.getX(), at.getY(), null, PhotoTag.BEFORE, "张三", 2, 1);
        return new NewPhoto(facts, new ScaledPicture(new byte[] {1, 2, 3}, new byte[] {4}, 2, 1), null,
                new FeatureRef(AREAS, area.id()), at.getX(), at.getY());
    }

    /** Point file name → linked_fid, in the session's project. */
    private static Map<String, Long> owners(Project project) {
        return project.layer(PhotoLayer.TABLE).orElseThrow().layer().features().stream().collect(Collectors.toMap(
                point -> point.text(PhotoLayer.FILE_NAME), point -> ((Number) point.get(PhotoLayer.LINKED_FID))
                        .longValue()));
    }

    private static Map<String, Long> ownersInFile(Path file) {
        return pairs(Sqlite3.lines(file, "SELECT file_name || '|' || linked_fid FROM photo;"));
    }

    /** Photo file name → the area its mapping row names. */
    private static Map<String, Long> mappedInFile(Path file) {
        return pairs(Sqlite3.lines(file, "SELECT p.file_name || '|' || m.base_id FROM gpkgext_rectimap_photos p"
                + " JOIN " + MAPPING + " m ON m.related_id = p.id;"));
    }

    private static Map<String, Long> pairs(List<String> lines) {
        return lines.stream().map(line -> line.split("\\|")).collect(Collectors.toMap(p -> p[0],
                p -> Long.parseLong(p[1])));
    }
}
