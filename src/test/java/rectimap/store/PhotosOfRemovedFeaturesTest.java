package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.media.NewPhoto;
import rectimap.media.Photo;
import rectimap.media.PhotoTag;
import rectimap.media.ScaledPicture;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.FeatureRef;
import rectimap.model.GeometryKind;
import rectimap.model.Layer;

/**
 * Issue 17 point 4: deleting a feature left its rows in the photo mapping table (and its photos in the media table,
 * linked to nothing). A step that removes a feature now takes its links out, and the photos no other feature has;
 * undo brings both back with their ids, redo takes them out again, and once the undone step leaves the history its
 * photos are gone for good. The file stays valid for GDAL throughout.
 */
class PhotosOfRemovedFeaturesTest {
    private static final String ZONES = "zone_area";
    private static final String SQUARE = "POLYGON ((111 35, 111.01 35, 111.01 35.01, 111 35))";

    @TempDir
    Path dir;
    private Path file;
    private Feature first;
    private Feature second;

    @BeforeEach
    void projectWithPhotos() throws Exception {
        GdalTools.requireGdal();
        file = dir.resolve("项目.gpkg");
        Layer zones = FixtureLayers.layer(ZONES, GeometryKind.POLYGON, "整治片区", SQUARE,
                "POLYGON ((111.1 35, 111.11 35, 111.11 35.01, 111.1 35))");
        try (GeoPackageStore store = GeoPackageStore.create(file)) {
            store.write(zones);
        }
        first = zones.features().get(0);
        second = zones.features().get(1);
        attach(1, "a.jpg", "b.jpg");
        attach(2, "c.jpg");
    }

    @Test
    void deletingTakesTheLinksAndUnlinkedPhotosOutAndUndoBringsThemBack() throws Exception {
        try (GeoPackageJournal journal = GeoPackageJournal.open(file)) {
            ChangeSet delete = new ChangeSet("删除 1", List.of(FeatureChange.removed(ZONES, first)));
            journal.recordDone(delete).join();
            assertThat(count("gpkgext_rectimap_photos_of_" + ZONES + " WHERE base_id = 1")).isZero();
            assertThat(photoNames()).containsExactly("c.jpg");
            GdalTools.validateGpkg(file).requireSuccess();

            journal.recordUndone(delete.inverse()).join();
            assertThat(photosOfFirst()).extracting(Photo::fileName).containsExactly("a.jpg", "b.jpg");
            assertThat(photoNames()).containsExactly("a.jpg", "b.jpg", "c.jpg");

            journal.recordRedone(delete).join();
            assertThat(photosOfFirst()).isEmpty();
            assertThat(photoNames()).containsExactly("c.jpg");

            journal.recordUndone(delete.inverse()).join();
            assertThat(photosOfFirst()).extracting(Photo::fileName).containsExactly("a.jpg", "b.jpg");
        }
        GdalTools.validateGpkg(file).requireSuccess();
    }

    @Test
    void anUndoneStepLeavingTheHistoryTakesItsPhotosForGood() throws Exception {
        try (GeoPackageJournal journal = GeoPackageJournal.open(file)) {
            ChangeSet delete = new ChangeSet("删除 1", List.of(FeatureChange.removed(ZONES, first)));
            journal.recordDone(delete).join();
            journal.recordUndone(delete.inverse()).join();
            journal.recordRedone(delete).join();
            assertThat(count(DetachedPhotos.MEDIA)).isEqualTo(2);

            Feature moved = new Feature(2, first.geometry(), second.attributes());
            ChangeSet move = new ChangeSet("移动 2", List.of(FeatureChange.replaced(ZONES, second, moved)));
            journal.recordUndone(delete.inverse()).join();
            journal.recordDone(move).join();
            assertThat(photoNames()).as("the delete was undone: its photos are back, nothing is kept aside")
                    .containsExactly("a.jpg", "b.jpg", "c.jpg");

            journal.recordDone(delete).join();
            journal.recordUndone(delete.inverse()).join();
            journal.recordUndone(move.inverse()).join();
            journal.recordDone(new ChangeSet("删除 2", List.of(FeatureChange.removed(ZONES, second)))).join();
        }
        assertThat(photoNames()).containsExactly("a.jpg", "b.jpg");
        assertThat(count(DetachedPhotos.MEDIA)).as("c.jpg waits for the undo of 删除 2").isEqualTo(1);
        GdalTools.validateGpkg(file).requireSuccess();
    }

    private void attach(long featureId, String... names) throws Exception {
        Deque<NewPhoto> feed = new ArrayDeque<>();
        for (String name : names) {
            Photo facts = new Photo(0, name, "sha-" + name, null, null, null, null, PhotoTag.AFTER, "张三", 2, 1);
            feed.add(new NewPhoto(facts, new ScaledPicture(new byte[] {1, 2, 3}, new byte[] {4}, 2, 1), null,
                    new FeatureRef(ZONES, featureId), null, null));
        }
        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_WRITE)) {
            GeoPackagePhotoArchive.of(store).add(feed::poll);
        }
    }

    private List<Photo> photosOfFirst() {
        try (GeoPackageStore store = GeoPackageStore.open(file, AccessMode.READ_ONLY)) {
            return GeoPackagePhotoArchive.of(store).photosOf(new FeatureRef(ZONES, first.id()));
        }
    }

    private List<String> photoNames() {
        return Sqlite3.lines(file, "SELECT file_name FROM gpkgext_rectimap_photos ORDER BY file_name;");
    }

    private long count(String tableAndWhere) {
        return Long.parseLong(Sqlite3.value(file, "SELECT count(*) FROM " + tableAndWhere + ";"));
    }
}
