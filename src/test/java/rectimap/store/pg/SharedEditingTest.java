package rectimap.store.pg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.campaign.ProjectAssembler;
import rectimap.edit.ConflictChoice;
import rectimap.edit.ConflictResolution;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.FeatureConflict;
import rectimap.model.JournalStatus;
import rectimap.model.StepConflict;

/**
 * Two clients editing one shared project on a real server: row versions refuse a step built on what someone else
 * changed since (mine / theirs / combine), undo over another's later edit is refused, others' edits are announced
 * within 2 s, a step re-sent with the same id is applied once, and a step written while the server restarts waits
 * and lands exactly once.
 */
class SharedEditingTest {
    private static final String LAYER = "cleanup_zone";
    @TempDir
    static Path dir;
    static PublishedSample sample;
    static Client alice;
    static Client bob;

    /** One user's window onto the project: its store, what it saw, its journal. */
    record Client(PgFeatureStore store, SeenVersions seen, PgJournal journal) {
        static Client open(PgAddress address) {
            PgFeatureStore store = PgFeatureStore.open(address, null);
            SeenVersions seen = new SeenVersions();
            seen.sawAll(LAYER, store.loadVersioned(LAYER));
            return new Client(store, seen, new PgJournal(store, seen));
        }

        /** The feature as the server has it now (and remembered as seen). */
        Feature fresh(long id) {
            VersionedFeature row = store.loadIds(LAYER, id).get(0);
            seen.saw(LAYER, row.feature(), row.version());
            return row.feature();
        }

        void close() {
            journal.close();
            store.close();
        }
    }

    @BeforeAll
    static void publish() {
        sample = PublishedSample.create(dir);
        alice = Client.open(sample.address(PgCluster.SUPERUSER));
        bob = Client.open(sample.address(PgCluster.SUPERUSER));
    }

    @AfterAll
    static void close() {
        alice.close();
        bob.close();
    }

    private static Feature with(Feature f, String field, Object value) {
        Map<String, Object> values = new java.util.LinkedHashMap<>(f.attributes());
        values.put(field, value);
        return new Feature(f.id(), f.geometry(), values);
    }

    private static ChangeSet edit(String name, Feature before, Feature after) {
        return new ChangeSet(name, List.of(FeatureChange.replaced(LAYER, before, after)));
    }

    @Test
    void aStaleStepIsRefusedAndCanBeCombined() {
        Feature seenByBoth = alice.fresh(1);
        bob.fresh(1);
        alice.journal().recordDone(edit("改备注", seenByBoth, with(seenByBoth, "note", "alice"))).join();
        ChangeSet bobs = edit("改单位", seenByBoth, with(seenByBoth, "unit", "bob unit"));
        assertThatThrownBy(() -> bob.journal().recordDone(bobs).join()).cause().isInstanceOfSatisfying(
                StepConflict.class, conflict -> {
                    FeatureConflict c = conflict.conflicts().get(0);
                    assertThat(c.theirs().get("note")).isEqualTo("alice");
                    assertThat(c.mine().get("unit")).isEqualTo("bob unit");
                    assertThat(c.theirUser()).isEqualTo(PgCluster.SUPERUSER);
                    ChangeSet combined = ConflictResolution.resolve(conflict, ConflictChoice.COMBINE,
                            ProjectAssembler.assemble(Path.of("x"), bob.store()));
                    bob.journal().recordDone(combined).join();
                });
        Feature now = alice.fresh(1);
        assertThat(now.get("note")).isEqualTo("alice");
        assertThat(now.get("unit")).isEqualTo("bob unit");
    }

    @Test
    void undoOverSomeoneElsesLaterEditIsRefused() {
        Feature start = alice.fresh(2);
        Feature mine = with(start, "note", "alice 2");
        ChangeSet step = edit("改备注", start, mine);
        alice.journal().recordDone(step).join();
        Feature bobSees = bob.fresh(2);
        bob.journal().recordDone(edit("改备注", bobSees, with(bobSees, "note", "bob 2"))).join();
        assertThatThrownBy(() -> alice.journal().recordUndone(step.inverse()).join()).cause()
                .isInstanceOf(StepConflict.class);
        assertThat(alice.fresh(2).get("note")).isEqualTo("bob 2");
    }

    @Test
    void anEditWithPsqlMovesTheVersionOnToo() throws Exception {
        Feature start = alice.fresh(3);
        PgCluster.Result psql = sample.cluster().psql(PgCluster.SUPERUSER, sample.database(),
                "UPDATE campaign.cleanup_zone SET note = 'from psql' WHERE fid = 3");
        assertThat(psql.exitCode()).as(psql.output()).isZero();
        assertThatThrownBy(() -> alice.journal().recordDone(edit("改", start, with(start, "note", "x"))).join())
                .cause().isInstanceOfSatisfying(StepConflict.class,
                        c -> assertThat(c.conflicts().get(0).theirs().get("note")).isEqualTo("from psql"));
    }

    @Test
    void othersEditsAreAnnouncedWithinTwoSeconds() throws Exception {
        LinkedBlockingQueue<PgChangeFeed.Change> heard = new LinkedBlockingQueue<>();
        try (PgChangeFeed feed = PgChangeFeed.start(bob.store().pool(), heard::addAll)) {
            Feature start = alice.fresh(4);
            long sent = System.nanoTime();
            alice.journal().recordDone(edit("改备注", start, with(start, "note", "announced"))).join();
            PgChangeFeed.Change change = heard.poll(2, TimeUnit.SECONDS);
            long ms = (System.nanoTime() - sent) / 1_000_000;
            assertThat(change).as("announced within 2 s").isNotNull();
            assertThat(ms).isLessThan(2_000);
            assertThat(change.table()).isEqualTo(LAYER);
            assertThat(change.fid()).isEqualTo(4);
            assertThat(change.op()).isEqualTo("UPDATE");
            assertThat(change.user()).isEqualTo(PgCluster.SUPERUSER);
            assertThat(bob.store().loadIds(LAYER, 4).get(0).version()).isEqualTo(change.version());
        }
    }

    @Test
    void aStepSentTwiceUnderOneIdIsAppliedOnce() throws Exception {
        Feature start = alice.fresh(5);
        long before = bob.store().loadIds(LAYER, 5).get(0).version();
        UUID id = UUID.randomUUID();
        ChangeSet step = edit("改备注", start, with(start, "note", "once"));
        alice.journal().submit(id, "DONE", step).join();
        alice.journal().submit(id, "DONE", step).join();
        assertThat(bob.store().loadIds(LAYER, 5).get(0).version()).isEqualTo(before + 1);
        PgCluster.Result log = sample.cluster().psql(PgCluster.SUPERUSER, sample.database(),
                "SELECT count(*), min(user_name), min(summary) FROM campaign.rectimap_step WHERE step_id = '" + id + "'");
        assertThat(log.output()).contains("1 | " + PgCluster.SUPERUSER + " | cleanup_zone +0 ~1 -0");
    }

    @Test
    void aStepWrittenWhileTheServerRestartsLandsExactlyOnce() throws Exception {
        Feature start = alice.fresh(6);
        long before = alice.store().loadIds(LAYER, 6).get(0).version();
        List<JournalStatus> statuses = new java.util.concurrent.CopyOnWriteArrayList<>();
        alice.journal().addStatusListener(statuses::add);
        sample.cluster().stop("immediate");
        var written = alice.journal().recordDone(edit("断线时改", start, with(start, "note", "queued")));
        Thread.sleep(800);
        assertThat(written).isNotDone();
        sample.cluster().start();
        written.get(60, TimeUnit.SECONDS);
        VersionedFeature now = alice.store().loadIds(LAYER, 6).get(0);
        assertThat(now.feature().get("note")).isEqualTo("queued");
        assertThat(now.version()).isEqualTo(before + 1);
        assertThat(statuses).anyMatch(s -> s.problem() == rectimap.model.StoreProblem.SERVER_UNREACHABLE);
        assertThat(statuses.get(statuses.size() - 1).isSaved()).isTrue();
    }
}
