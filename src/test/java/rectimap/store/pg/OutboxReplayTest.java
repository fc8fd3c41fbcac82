package rectimap.store.pg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;

/**
 * Steps made while the server is down survive the program ending: they are in the user's outbox on disk before
 * they are sent, the next session sends them again under their ids and each lands once; a torn last record (a
 * crash while appending) is ignored and cut off.
 */
class OutboxReplayTest {
    @TempDir
    Path dir;

    @Test
    void stepsQueuedOfflineLandOnceInTheNextSession() throws Exception {
        PublishedSample sample = PublishedSample.create(dir);
        PgAddress address = sample.address(PgCluster.SUPERUSER);
        Path outboxes = dir.resolve("outbox");
        PgFeatureStore first = PgFeatureStore.open(address, null);
        first.layers();
        PgOutboxJournal offline = PgOutboxJournal.open(first, new SeenVersions(), outboxes);
        sample.cluster().stop("immediate");
        List<CompletableFuture<Void>> sent = new ArrayList<>();
        try {
            for (int k = 0; k < 5; k++) {
                sent.add(offline.recordDone(add(900_000 + k, "离线-" + k)));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (PgOutbox.in(outboxes, address).pending().size() < 5 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(PgOutbox.in(outboxes, address).pending()).hasSize(5);
            // The program ends: its connections are gone, nothing of it reaches the server any more.
            first.close();
        } finally {
            sample.cluster().start();
        }
        assertThat(sent).noneMatch(f -> f.isDone() && !f.isCompletedExceptionally());

        try (PgFeatureStore second = PgFeatureStore.open(address, null)) {
            PgOutboxJournal next = PgOutboxJournal.open(second, new SeenVersions(), outboxes);
            assertThat(next.replayed()).hasSize(5);
            CompletableFuture.allOf(next.replayed().stream().map(PgOutboxJournal.Replay::sent)
                    .toArray(CompletableFuture[]::new)).get(1, TimeUnit.MINUTES);
            next.close();
        }
        try (Connection c = sample.cluster().superuser(sample.database()); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT note) FROM campaign.cleanup_zone"
                        + " WHERE note LIKE '离线-%'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(5);
            assertThat(rs.getInt(2)).isEqualTo(5);
        }
        assertThat(Files.list(outboxes).filter(p -> p.toString().endsWith(".rectimap-outbox")).toList()).isEmpty();
        offline.close();
    }

    @Test
    void aTornLastRecordIsIgnoredAndCutOff() throws Exception {
        PgAddress address = PgAddress.parse("postgresql://u@127.0.0.1:5432/d?schema=campaign");
        PgOutbox outbox = PgOutbox.in(dir, address);
        UUID one = UUID.randomUUID();
        outbox.add(one, "DONE", add(1, "a"));
        outbox.add(UUID.randomUUID(), "DONE", add(2, "b"));
        outbox.close();
        Files.write(outbox.file(), new byte[] {0, 0, 1, 0, 1, 42}, StandardOpenOption.APPEND);

        PgOutbox reread = PgOutbox.in(dir, address);
        assertThat(reread.pending()).extracting(p -> p.step().name()).containsExactly("加 a", "加 b");
        reread.done(one);
        reread.add(UUID.randomUUID(), "DONE", add(3, "c"));
        reread.close();
        assertThat(PgOutbox.in(dir, address).pending()).extracting(p -> p.step().name())
                .containsExactly("加 b", "加 c");
    }

    private static ChangeSet add(long id, String note) {
        GeometryFactory geometry = new GeometryFactory();
        double x = 110.95 + id % 100 * 0.001;
        Feature feature = new Feature(id, geometry.createMultiPolygon(new org.locationtech.jts.geom.Polygon[] {
                geometry.createPolygon(new Coordinate[] {new Coordinate(x, 35.0), new Coordinate(x + 0.0005, 35.0),
                        new Coordinate(x + 0.0005, 35.0005), new Coordinate(x, 35.0)})}), Map.of("note", note));
        return new ChangeSet("加 " + note, List.of(FeatureChange.added(RestartTrial.LAYER, feature)));
    }
}
