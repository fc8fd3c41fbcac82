package rectimap.store.pg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.campaign.ProjectAssembler;
import rectimap.campaign.planning.SupervisionCaseSchema;
import rectimap.media.PhotoImport;
import rectimap.media.PhotoImportOptions;
import rectimap.media.PhotoLayer;
import rectimap.media.PhotoProgress;
import rectimap.media.TestPhotos;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.FeatureRef;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/**
 * Deleting a feature on the server takes its photos with it, as deleting it in a file does: in the step's
 * transaction its links leave the mapping tables, its 照片 points go (added to the step when the step does not name
 * them, as a command-line or work-package step does not) and a picture linked nowhere else leaves the media table;
 * undo brings all of it back. A township account deletes its own case's photos that way, never another township's,
 * also with plain JDBC. Everything read back as the superuser with plain JDBC, on the real throwaway cluster.
 */
class DeletedFeaturePhotosTest {
    private static final String CASES = SupervisionCaseSchema.TABLE;
    private static final String TOWNSHIP = "h16svr_jz";
    @TempDir
    static Path dir;
    static PublishedSample sample;
    /** A 解州镇 case and another township's, each with one attached photo (its picture, point and two links). */
    static long jiezhouCase;
    static long otherCase;

    @BeforeAll
    static void publishWithPhotosOnTwoCases() throws Exception {
        sample = PublishedSample.create(dir);
        try (Connection admin = sample.cluster().superuser(sample.database()); Statement s = admin.createStatement()) {
            jiezhouCase = caseWhere(s, "t.name = '解州镇'");
            otherCase = caseWhere(s, "t.name <> '解州镇'");
        }
        sample.townshipAccount(TOWNSHIP, "解州镇", "pw-h16svr");
        try (PgFeatureStore owner = PgFeatureStore.open(sample.address(PgCluster.SUPERUSER), null)) {
            attach(owner, jiezhouCase, "解州现场.jpg", 3);
            attach(owner, otherCase, "别处现场.jpg", 4);
        }
    }

    private static long caseWhere(Statement s, String where) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT c.fid FROM campaign.supervision_case c JOIN campaign.township t"
                + " ON ST_Covers(t.geom, ST_PointOnSurface(c.geom)) WHERE " + where + " ORDER BY c.fid LIMIT 1")) {
            assertThat(rs.next()).as(where).isTrue();
            return rs.getLong(1);
        }
    }

    private static void attach(PgFeatureStore store, long caseId, String name, int seed) throws Exception {
        Path photo = TestPhotos.jpeg(Files.createDirectories(dir.resolve("photos")).resolve(name), 640, 480, seed);
        new PhotoImport(ProjectAssembler.assemble(dir.resolve("x"), store), PgPhotoArchive.of(store),
                PhotoImportOptions.defaults(), PhotoProgress.NONE).attach(List.of(photo), new FeatureRef(CASES,
                caseId));
    }

    @Test
    void aTownshipDeletingItsCaseInTheWindowTakesItsPhotosAlongAndUndoBringsThemBack() throws Exception {
        Snapshot before = Snapshot.of(jiezhouCase);
        assertThat(before.links()).isEqualTo(1);
        assertThat(before.points()).isEqualTo(1);
        try (Client township = Client.open(sample.address(TOWNSHIP))) {
            Feature theCase = township.seen(CASES, jiezhouCase);
            Feature point = township.seen(PhotoLayer.TABLE, before.point());
            // The window's delete names the case and its 照片 point (model.BelongingFeatures).
            ChangeSet delete = new ChangeSet("删除 督查案件", List.of(FeatureChange.removed(CASES, theCase),
                    FeatureChange.removed(PhotoLayer.TABLE, point)));
            township.journal().recordDone(delete).join();

            Snapshot gone = Snapshot.of(jiezhouCase);
            assertThat(gone.cases()).isZero();
            assertThat(gone.links()).as("the case's links").isZero();
            assertThat(gone.pointLinks()).as("the point's links").isZero();
            assertThat(gone.pictures()).as("the picture linked nowhere else").isZero();
            assertThat(gone.keptAside()).isEqualTo(2);

            township.journal().recordUndone(delete.inverse()).join();
            assertThat(Snapshot.of(jiezhouCase)).isEqualTo(before);
        }
    }

    @Test
    void aStepNamingOnlyTheCaseTakesItsPointsTooAndItsUndoFromTheChangeLogBringsThemBack() throws Exception {
        Snapshot before = Snapshot.of(otherCase);
        try (Client office = Client.open(sample.address(PgCluster.SUPERUSER))) {
            // As a work package merge or the command line writes it: the case only, no 照片 point.
            ChangeSet delete = new ChangeSet("合并 jiezhou.gpkg", List.of(FeatureChange.removed(CASES,
                    office.seen(CASES, otherCase))));
            office.journal().recordDone(delete).join();
            Snapshot gone = Snapshot.of(otherCase);
            assertThat(gone.cases()).isZero();
            assertThat(gone.points()).as("the case's 照片 point").isZero();
            assertThat(gone.links() + gone.pointLinks() + gone.pictures()).isZero();

            // A township account cannot take back, nor link to, what another township's case kept aside.
            try (Connection jz = sample.cluster().connect(TOWNSHIP, sample.database());
                    Statement s = jz.createStatement()) {
                assertThat(s.executeUpdate("DELETE FROM campaign.rectimap_photo_links_removed")).isZero();
                assertThatThrownBy(() -> s.executeUpdate("INSERT INTO campaign.rectimap_photo_links_removed"
                        + " (table_name, base_id, related_id) VALUES ('" + CASES + "', " + otherCase + ", 1)"))
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState())
                                .isEqualTo("42501"));
            }
            assertThat(Snapshot.of(otherCase).keptAside()).isEqualTo(2);

            PgOwnHistory history = office.store().ownHistory();
            ChangeSet logged = history.steps().get(history.cursor() - 1);
            assertThat(logged.changes()).as("the logged step names the point it took along").hasSize(2);
            office.journal().recordUndone(logged.inverse()).join();
        }
        assertThat(Snapshot.of(otherCase)).isEqualTo(before);
    }

    @Test
    void aTownshipCannotDeleteAnotherTownshipsCaseNorItsPhotos() throws Exception {
        Snapshot before = Snapshot.of(otherCase);
        try (Client township = Client.open(sample.address(TOWNSHIP))) {
            Feature theirs = township.seen(CASES, otherCase);
            Feature point = township.seen(PhotoLayer.TABLE, before.point());
            ChangeSet delete = new ChangeSet("删除 督查案件", List.of(FeatureChange.removed(CASES, theirs),
                    FeatureChange.removed(PhotoLayer.TABLE, point)));
            assertThatThrownBy(() -> township.journal().recordDone(delete).join()).cause()
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.problem())
                            .isEqualTo(StoreProblem.PERMISSION_DENIED));
        }
        assertThat(Snapshot.of(otherCase)).isEqualTo(before);
    }

    /** One account's journal onto the project. */
    private record Client(PgFeatureStore store, SeenVersions versions, PgJournal journal) implements AutoCloseable {
        static Client open(PgAddress address) {
            PgFeatureStore store = PgFeatureStore.open(address, null);
            SeenVersions seen = new SeenVersions();
            return new Client(store, seen, new PgJournal(store, seen));
        }

        /** The feature as the server has it now, remembered as seen. */
        Feature seen(String table, long id) {
            VersionedFeature row = store.loadIds(table, id).get(0);
            versions.saw(table, row.feature(), row.version());
            return row.feature();
        }

        @Override
        public void close() {
            journal.close();
            store.close();
        }
    }

    /**
     * What the server holds of a case and its photo: the case row, its links, its 照片 points (and the fid of the
     * last), that point's links, its picture in the media table and the link rows kept aside with it.
     */
    private record Snapshot(long cases, long links, long points, long point, long pointLinks, long pictures,
                            long keptAside) {
        static Snapshot of(long caseId) throws SQLException {
            try (Connection admin = sample.cluster().superuser(sample.database())) {
                long point = count(admin, "SELECT coalesce(max(fid), 0) FROM campaign.photo WHERE linked_layer = ?"
                        + " AND linked_fid = ?", CASES, caseId);
                String photo = "(SELECT related_id FROM campaign.rectimap_photos_of_supervision_case WHERE base_id = "
                        + caseId + " UNION SELECT related_id FROM campaign.rectimap_photo_links_removed"
                        + " WHERE table_name = '" + CASES + "' AND base_id = " + caseId + ")";
                return new Snapshot(count(admin, "SELECT count(*) FROM campaign.supervision_case WHERE fid = ?",
                        caseId),
                        count(admin, "SELECT count(*) FROM campaign.rectimap_photos_of_supervision_case"
                                + " WHERE base_id = ?", caseId),
                        count(admin, "SELECT count(*) FROM campaign.photo WHERE linked_layer = ? AND linked_fid = ?",
                                CASES, caseId), point,
                        count(admin, "SELECT count(*) FROM campaign.rectimap_photos_of_photo WHERE base_id = ?",
                                point),
                        count(admin, "SELECT count(*) FROM campaign.rectimap_photos WHERE id IN " + photo),
                        count(admin, "SELECT count(*) FROM campaign.rectimap_photo_links_removed WHERE related_id IN "
                                + photo));
            }
        }

        private static long count(Connection c, String sql, Object... values) throws SQLException {
            try (PreparedStatement query = c.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    query.setObject(i + 1, values[i]);
                }
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }
    }
}
