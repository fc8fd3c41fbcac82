package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.media.TestPhotos;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.store.pg.PgCluster;
import rectimap.store.pg.PgFeatureStore;
import rectimap.store.pg.PgJournal;
import rectimap.store.pg.PublishedSample;
import rectimap.store.pg.SeenVersions;
import rectimap.store.pg.VersionedFeature;

/**
 * A shared project published by an earlier version (no photo tables, no place for removed features' photos, and a
 * change log without the steps' changes; made here by taking them out of a fresh publish) is upgraded in place when
 * its owner opens it; until then a township account is told in one sentence that the office must open it once
 * (never "permission denied") and nothing changes. After the upgrade the township adds a photo to its own case and
 * its steps are kept for undo. On the real throwaway cluster, read back with plain JDBC.
 */
class SharedProjectUpgradeTest {
    private static final String TOWNSHIP = "h16old_jz";
    @TempDir
    static Path dir;
    static PublishedSample sample;
    static long caseId;
    static Path phone;

    @BeforeAll
    static void publishThenTakeOutWhatTheEarlierVersionLacked() throws Exception {
        sample = PublishedSample.create(dir);
        String owner = sample.address(PgCluster.SUPERUSER).toString();
        CliConsole account = new CliConsole();
        assertThat(account.run("accounts", "--project", owner, "--add", TOWNSHIP, "--township", "解州镇",
                "--password", "pw-old")).as(account.err()).isZero();
        sample.cluster().rememberPassword(TOWNSHIP, "pw-old");
        double lon;
        double lat;
        try (Connection admin = sample.cluster().superuser(sample.database()); Statement s = admin.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT c.fid, ST_X(c.geom), ST_Y(c.geom) FROM campaign.supervision_case c"
                    + " JOIN campaign.township t ON ST_Covers(t.geom, c.geom) WHERE t.name = '解州镇' ORDER BY c.fid"
                    + " LIMIT 1")) {
                assertThat(rs.next()).isTrue();
                caseId = rs.getLong(1);
                lon = rs.getDouble(2);
                lat = rs.getDouble(3);
            }
        }
        sample.makeOutdated();
        phone = Files.createDirectories(dir.resolve("phone"));
        TestPhotos.geotag(TestPhotos.jpeg(phone.resolve("整改后.jpg"), 800, 600, 11), lon + 0.00003, lat,
                "2026:11:20 09:15:00", 90);
    }

    @Test
    void theOwnerOpeningItUpgradesItInPlaceAndTownshipsAreToldUntilThen() throws Exception {
        String township = sample.address(TOWNSHIP).toString();
        CliConsole refused = new CliConsole();
        assertThat(refused.run("photos", "--project", township, "--import", phone.toString())).isEqualTo(2);
        assertThat(refused.err()).contains("由旧版本 Rectimap 发布").contains("区整治办")
                .contains("打开一次").doesNotContain("拒绝").doesNotContain("permission");
        try (PgFeatureStore store = PgFeatureStore.open(sample.address(TOWNSHIP), null)) {
            assertThat(store.outdated()).isTrue();
        }
        assertThat(tableExists("rectimap_photos")).as("a township's opening changes nothing").isFalse();

        try (PgFeatureStore owner = PgFeatureStore.open(sample.address(PgCluster.SUPERUSER), null)) {
            assertThat(owner.outdated()).isFalse();
        }
        for (String table : List.of("rectimap_photos", "gpkgext_relations", "photo",
                "rectimap_photos_of_supervision_case", "rectimap_photos_of_photo", "rectimap_photo_links_removed")) {
            assertThat(tableExists(table)).as(table).isTrue();
        }

        CliConsole added = new CliConsole();
        assertThat(added.run("photos", "--project", township, "--import", phone.toString())).as(added.err()).isZero();
        assertThat(count("SELECT count(*) FROM campaign.rectimap_photos_of_supervision_case WHERE base_id = "
                + caseId)).isEqualTo(1);

        try (PgFeatureStore store = PgFeatureStore.open(sample.address(TOWNSHIP), null)) {
            assertThat(store.outdated()).isFalse();
            SeenVersions seen = new SeenVersions();
            VersionedFeature row = store.loadIds("supervision_case", caseId).get(0);
            seen.saw("supervision_case", row.feature(), row.version());
            Feature edited = new Feature(row.feature().id(), row.feature().geometry(), with(row.feature(), "升级后"));
            PgJournal journal = new PgJournal(store, seen);
            journal.recordDone(new ChangeSet("改备注", List.of(FeatureChange.replaced("supervision_case",
                    row.feature(), edited)))).join();
            journal.close();
            assertThat(store.ownHistory().steps()).as("the township's step is kept for undo").hasSize(1);
        }
    }

    private static java.util.Map<String, Object> with(Feature feature, String note) {
        java.util.Map<String, Object> values = new java.util.LinkedHashMap<>(feature.attributes());
        values.put("note", note);
        return values;
    }

    private static boolean tableExists(String table) throws SQLException {
        return count("SELECT count(*) FROM pg_tables WHERE schemaname = 'campaign' AND tablename = '" + table + "'")
                > 0;
    }

    private static long count(String sql) throws SQLException {
        try (Connection admin = sample.cluster().superuser(sample.database()); Statement s = admin.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
