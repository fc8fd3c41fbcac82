package rectimap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.media.NewPhoto;
import rectimap.media.Photo;
import rectimap.media.PhotoLayer;
import rectimap.media.PhotoTag;
import rectimap.media.ScaledPicture;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.FeatureRef;
import rectimap.model.GeometryKind;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/**
 * Issue 12 point 6, the remainder: another program changes or deletes a feature and the user undoes the step that
 * made it before the window's poll (about a second) has re-read the file. The journal checks the rows inside the
 * undo's own write transaction: the undo is refused (CHANGED_OUTSIDE naming table and feature), the other program's
 * work stays in the file, the file's history cursor does not move, and later moves are still written. Before, the
 * undo overwrote the outside change, or (a deleted feature) ended the journal for the rest of the session.
 */
class UndoInTheSecondBeforeThePollTest {
    private static final String ZONES = "zone_area";

    @TempDir
    Path dir;
    private Path file;
    private final Feature a = named(FixtureLayers.feature(3, "POLYGON ((111.1 35, 111.11 35, 111.11 35.01, 111.1 35))", 0), "甲");
    private final Feature b = named(FixtureLayers.feature(4, "POLYGON ((111.2 35, 111.21 35, 111.21 35.01, 111.2 35))", 0), "乙");
    private final ChangeSet addA = new ChangeSet("新增 甲", List.of(FeatureChange.added(ZONES, a)));

    @BeforeEach
    void project() {
        file = dir.resolve("共享.gpkg");
        try (GeoPackageStore store = GeoPackageStore.create(file)) {
            store.write(FixtureLayers.layer(ZONES, GeometryKind.POLYGON, "整治片区",
                    "POLYGON ((111 35, 111.01 35, 111.01 35.01, 111 35))",
                    "POLYGON ((111.02 35, 111.03 35, 111.03 35.01, 111.02 35))"));
        }
    }

    @Test
    void anUndoOverAFeatureChangedOutsideIsRefusedAndTheChangeStays() {
        try (GeoPackageJournal journal = GeoPackageJournal.open(file)) {
            journal.recordDone(addA).join();
            renameOutside(3, "外改");

            assertThat(undoOfAIsRefusedAndTheOutsideChangeStays(journal).subject()).isEqualTo(ZONES + " #3");
            journal.recordDone(new ChangeSet("新增 乙", List.of(FeatureChange.added(ZONES, b)))).join();
        }
        assertThat(rows()).contains("3|外改", "4|乙");
        assertThat(Sqlite3.lines(file, "SELECT count(*) FROM gpkgext_rectimap_history;")).containsExactly("2");
    }

    /**
     * The window's poll re-read the file after the other program's change, but a move came before it could show
     * it (its result was dropped and asked for again): the undo must still be checked. The re-read used to count the
     * change as seen, so the undo was written unchecked and deleted the other program's work (a flaky window test,
     * SharedProjectFileTest, showed it under load).
     */
    @Test
    void anUndoAfterAReReadTheWindowDidNotShowYetIsStillChecked() {
        try (GeoPackageJournal journal = GeoPackageJournal.open(file)) {
            journal.recordDone(addA).join();
            renameOutside(3, "外改");
            assertThat(journal.readAfterOutsideChanges("re-reading for the window", ownTables -> "read").join())
                    .isPresent();

            undoOfAIsRefusedAndTheOutsideChangeStays(journal);
        }
    }

    /**
     * The app commits through its own other connection (an attached photo batch) right after another program's
     * change, before the poll: that commit is not another program's, but the change before it still is, so an undo
     * is still checked. It counted as seen with the app's own commit, and the undo deleted the other program's work.
     */
    @Test
    void anOwnCommitAfterAnOutsideChangeDoesNotCountThatChangeAsSeen() throws Exception {
        try (GeoPackageJournal journal = GeoPackageJournal.open(file);
             GeoPackageStore own = GeoPackageStore.open(file, AccessMode.READ_WRITE)) {
            journal.recordDone(addA).join();
            renameOutside(3, "外改");
            attachPhoto(journal, own, "现场.jpg", () -> { });

            undoOfAIsRefusedAndTheOutsideChangeStays(journal);
        }
    }

    /**
     * Another program commits while the app's own commit runs (between the app's look at the file and its photo
     * batch's commit): the file then moved by more than the app's own commit, and that program's change must stay
     * unseen, so the undo is still checked.
     */
    @Test
    void anotherProgramsCommitDuringTheOwnCommitStaysUnseen() throws Exception {
        try (GeoPackageJournal journal = GeoPackageJournal.open(file);
             GeoPackageStore own = GeoPackageStore.open(file, AccessMode.READ_WRITE)) {
            journal.recordDone(addA).join();
            attachPhoto(journal, own, "现场.jpg", () -> renameOutside(3, "外改"));

            undoOfAIsRefusedAndTheOutsideChangeStays(journal);
        }
    }

    /**
     * The drop came while the window's re-read of another program's change was read but not yet shown: the next
     * re-read is told that the 照片 layer is the app's own work (it was reported as another program's, and that
     * notice replaced "已添加 1 张照片"), and told so until the window has shown a re-read that holds it.
     */
    @Test
    void theTablesOfAnOwnCommitAreNamedToEachReReadUntilOneHoldingThemIsShown() throws Exception {
        try (GeoPackageJournal journal = GeoPackageJournal.open(file);
             GeoPackageStore own = GeoPackageStore.open(file, AccessMode.READ_WRITE)) {
            renameOutside(1, "外改");
            assertThat(journal.readAfterOutsideChanges("re-read before the drop", ownTables -> ownTables).join())
                    .contains(Set.of());
            attachPhoto(journal, own, "现场.jpg", () -> { });
            journal.rereadShown();

            assertThat(journal.readAfterOutsideChanges("re-read, dropped", ownTables -> ownTables).join())
                    .contains(Set.of(PhotoLayer.TABLE));
            assertThat(journal.readAfterOutsideChanges("re-read, shown", ownTables -> ownTables).join())
                    .contains(Set.of(PhotoLayer.TABLE));
            journal.rereadShown();
            assertThat(journal.readAfterOutsideChanges("later re-read", ownTables -> ownTables).join())
                    .contains(Set.of());
        }
    }

    /**
     * Attaches one photo to zone #1 through {@code own}, the app's store connection, as the window's drop does;
     * {@code meanwhile} runs inside that own commit, before the photo is added.
     */
    private static void attachPhoto(GeoPackageJournal journal, GeoPackageStore own, String name, Runnable meanwhile) {
        Photo facts = new Photo(0, name, "sha-" + name, null, null, null, null, PhotoTag.AFTER, "张三", 2, 1);
        Deque<NewPhoto> feed = new ArrayDeque<>(List.of(new NewPhoto(facts,
                new ScaledPicture(new byte[] {1, 2, 3}, new byte[] {4}, 2, 1), null, new FeatureRef(ZONES, 1), null,
                null)));
        journal.runOwnCommitBetweenWrites("photos", own, Set.of(PhotoLayer.TABLE), () -> {
            meanwhile.run();
            return GeoPackagePhotoArchive.of(own).add(feed::poll);
        }).join();
    }

    /** Another program (GDAL) renames feature {@code fid} of the zones to {@code name}. */
    private void renameOutside(long fid, String name) {
        GdalTools.ogrinfo(file.toString(), "-sql", "UPDATE " + ZONES + " SET name = '" + name + "' WHERE fid = " + fid)
                .requireSuccess();
    }

    /** Undoing 新增 甲 is refused as changed outside and the other program's 外改 of #3 stays; the refusal. */
    private StoreException undoOfAIsRefusedAndTheOutsideChangeStays(GeoPackageJournal journal) {
        StoreException refused = storeFailure(catchThrowable(() -> journal.recordUndone(addA.inverse()).join()));
        assertThat(refused.problem()).isEqualTo(StoreProblem.CHANGED_OUTSIDE);
        assertThat(rows()).contains("3|外改");
        return refused;
    }

    @Test
    void anUndoOverAFeatureDeletedOutsideIsRefusedAndTheJournalGoesOn() {
        Feature renamed = named(a, "甲 改名");
        ChangeSet rename = new ChangeSet("改名 甲", List.of(FeatureChange.replaced(ZONES, a, renamed)));
        try (GeoPackageJournal journal = GeoPackageJournal.open(file)) {
            journal.recordDone(addA).join();
            journal.recordDone(rename).join();
            Sqlite3.run(file, "DELETE FROM " + ZONES + " WHERE fid = 3;");

            Throwable refused = catchThrowable(() -> journal.recordUndone(rename.inverse()).join());

            assertThat(storeFailure(refused).problem()).isEqualTo(StoreProblem.CHANGED_OUTSIDE);
            journal.recordDone(new ChangeSet("新增 乙", List.of(FeatureChange.added(ZONES, b)))).join();
            assertThat(journal.historyCursor()).isEqualTo(3);
        }
        assertThat(rows()).doesNotContain("3|甲", "3|甲 改名").contains("4|乙");
    }

    @Test
    void anUndoWhoseFeaturesAnotherProgramLeftAloneIsWritten() {
        Feature renamed = named(a, "甲 改名");
        ChangeSet rename = new ChangeSet("改名 甲", List.of(FeatureChange.replaced(ZONES, a, renamed)));
        try (GeoPackageJournal journal = GeoPackageJournal.open(file)) {
            journal.recordDone(addA).join();
            journal.recordDone(rename).join();
            renameOutside(1, "别的");

            journal.recordUndone(rename.inverse()).join();
            journal.recordUndone(addA.inverse()).join();
        }
        assertThat(rows()).containsExactly("1|别的", "2|解州镇·西张耿村 2 号 \"引号\" 'apostrophe'");
    }

    private static StoreException storeFailure(Throwable thrown) {
        assertThat(thrown).isInstanceOf(CompletionException.class).hasCauseInstanceOf(StoreException.class);
        return (StoreException) thrown.getCause();
    }

    private static Feature named(Feature feature, String name) {
        java.util.Map<String, Object> attributes = new java.util.LinkedHashMap<>(feature.attributes());
        attributes.put("name", name);
        return new Feature(feature.id(), feature.geometry(), attributes);
    }

    private List<String> rows() {
        return Sqlite3.lines(file, "SELECT fid || '|' || name FROM " + ZONES + " ORDER BY fid;");
    }
}
