package rectimap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.StepConflict;
import rectimap.store.pg.PgAddress;
import rectimap.store.pg.PgCluster;
import rectimap.store.pg.PgFeatureStore;
import rectimap.store.pg.PgJournal;
import rectimap.store.pg.PublishedSample;
import rectimap.store.pg.SeenVersions;
import rectimap.store.pg.VersionedFeature;

/**
 * Issue 16's load: 23 clients (22 townships + the district office), each with its own connection pool and journal,
 * edit one local PostgreSQL (a throwaway cluster this bench starts) at once for {@link #SECONDS} s. Each township
 * changes its own 整治片区 as fast as its acknowledgements come back (submit → commit confirmed = one
 * acknowledgement); every {@link #CONFLICT_EVERY_MS} ms it and the office change the same feature from the same
 * version at the same moment (a created conflict: exactly one must be refused). Prints edits/s, acknowledgement
 * p50/p95/p99, lost updates (a feature not holding its last acknowledged value, or both sides of a conflict
 * accepted) and conflicts created/detected. Then {@code bench/run shared} runs issue 16's fault test 20 times.
 */
public final class SharedLoadBench {
    static final int TOWNSHIPS = 22;
    static final int FEATURES_EACH = 10;
    static final int SECONDS = 20;
    static final long CONFLICT_EVERY_MS = 1_000;
    static final String LAYER = "cleanup_zone";
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("rectimap-shared-bench");
        PublishedSample sample = PublishedSample.create(dir);
        PgAddress address = sample.address(PgCluster.SUPERUSER);
        Client office = Client.open(address);
        List<Client> townships = new ArrayList<>();
        for (int t = 0; t < TOWNSHIPS; t++) {
            townships.add(Client.open(address));
        }
        for (int t = 0; t < TOWNSHIPS; t++) {
            townships.get(t).addOwn(t);
        }
        ExecutorService threads = Executors.newFixedThreadPool(TOWNSHIPS);
        List<Double> acks = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger created = new AtomicInteger();
        AtomicInteger detected = new AtomicInteger();
        AtomicInteger bothAccepted = new AtomicInteger();
        ExecutorService officeThreads = Executors.newFixedThreadPool(TOWNSHIPS);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        List<Future<Map<Long, String>>> runs = new ArrayList<>();
        for (int t = 0; t < TOWNSHIPS; t++) {
            Client township = townships.get(t);
            int index = t;
            runs.add(threads.submit(() -> township.edit(index, end, acks, office, officeThreads, created, detected,
                    bothAccepted)));
        }
        Map<Long, String> expected = new HashMap<>();
        for (Future<Map<Long, String>> run : runs) {
            expected.putAll(run.get());
        }
        threads.shutdown();
        officeThreads.shutdown();
        int lost = bothAccepted.get();
        for (VersionedFeature row : office.store.loadVersioned(LAYER)) {
            String want = expected.get(row.feature().id());
            if (want != null && !want.equals(row.feature().text("unit"))) {
                lost++;
            }
        }
        double[] ms = acks.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("clients: %d (%d townships + office), %d s, %d features per township, a conflict per"
                + " township every %d ms%n", TOWNSHIPS + 1, TOWNSHIPS, SECONDS, FEATURES_EACH, CONFLICT_EVERY_MS);
        System.out.printf("acknowledged edits: %d = %.1f edits/s%n", ms.length, ms.length / (double) SECONDS);
        System.out.printf("acknowledgement ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", Percentiles.of(ms, 50),
                Percentiles.of(ms, 95), Percentiles.of(ms, 99), ms[ms.length - 1]);
        System.out.printf("lost updates: %d; conflicts created %d, detected %d%n", lost, created.get(),
                detected.get());
        office.close();
        townships.forEach(Client::close);
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        restartTrials(sample, dir, trials);
        System.exit(0);
    }

    private static void restartTrials(PublishedSample sample, Path dir, int trials) throws Exception {
        int acknowledged = 0;
        int lost = 0;
        int duplicated = 0;
        int failed = 0;
        long outage = 0;
        for (int trial = 1; trial <= trials; trial++) {
            rectimap.store.pg.RestartTrial.Outcome outcome = rectimap.store.pg.RestartTrial.run(sample.cluster(),
                    sample.address(PgCluster.SUPERUSER), dir.resolve("outboxes"), trial, 5, 40);
            acknowledged += outcome.acknowledged();
            lost += outcome.lost();
            duplicated += outcome.duplicated();
            failed += outcome.failed();
            outage += outcome.outageMs();
            if (!outcome.clean()) {
                System.out.println("trial " + trial + ": " + outcome);
            }
        }
        System.out.printf("restart trials (5 clients, 40 edits each, pg_ctl stop -m immediate + start): %d;"
                + " acknowledged %d, lost %d, duplicated %d, failed %d; mean outage %d ms%n", trials, acknowledged,
                lost, duplicated, failed, outage / Math.max(1, trials));
    }

    /** One user: a pool, what it saw, its journal. */
    record Client(PgFeatureStore store, SeenVersions seen, PgJournal journal, List<Feature> own) {
        static Client open(PgAddress address) {
            PgFeatureStore store = PgFeatureStore.open(address, null);
            SeenVersions seen = new SeenVersions();
            return new Client(store, seen, new PgJournal(store, seen), new ArrayList<>());
        }

        void addOwn(int township) throws Exception {
            List<FeatureChange> adds = new ArrayList<>();
            for (int k = 0; k < FEATURES_EACH; k++) {
                double x = 110.8 + township * 0.015 + k * 0.001;
                Feature f = new Feature(2_000_000_000L + township * 1_000L + k, GEOMETRY.createMultiPolygon(
                        new Polygon[] {GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(x, 35.0),
                                new Coordinate(x + 0.0005, 35.0), new Coordinate(x + 0.0005, 35.0005),
                                new Coordinate(x, 35.0)})}), Map.of("note", "t" + township + "-" + k, "unit", "0"));
                adds.add(FeatureChange.added(LAYER, f));
                own.add(f);
            }
            journal.recordDone(new ChangeSet("加", adds)).get(1, TimeUnit.MINUTES);
        }

        /** Edits its own features until {@code end}; the expected final unit per feature. */
        Map<Long, String> edit(int township, long end, List<Double> acks, Client office, ExecutorService officeThreads,
                AtomicInteger created, AtomicInteger detected, AtomicInteger bothAccepted) throws Exception {
            Map<Long, String> expected = new HashMap<>();
            long nextConflict = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CONFLICT_EVERY_MS / 2
                    + township * CONFLICT_EVERY_MS / TOWNSHIPS);
            int n = 0;
            while (System.nanoTime() < end) {
                if (System.nanoTime() >= nextConflict) {
                    conflict(township, n++, office, officeThreads, created, detected, bothAccepted, expected);
                    nextConflict += TimeUnit.MILLISECONDS.toNanos(CONFLICT_EVERY_MS);
                    continue;
                }
                int k = 1 + n % (FEATURES_EACH - 1);
                Feature before = own.get(k);
                Feature after = with(before, "c" + township + "-" + n++);
                long start = System.nanoTime();
                journal.recordDone(new ChangeSet("改", List.of(FeatureChange.replaced(LAYER, before, after))))
                        .get(1, TimeUnit.MINUTES);
                acks.add((System.nanoTime() - start) / 1e6);
                own.set(k, after);
                expected.put(after.id(), after.text("unit"));
            }
            return expected;
        }

        /** This township and the office change feature 0 from the same version at once: one must be refused. */
        private void conflict(int township, int n, Client office, ExecutorService officeThreads, AtomicInteger created,
                AtomicInteger detected, AtomicInteger bothAccepted, Map<Long, String> expected) throws Exception {
            long id = own.get(0).id();
            VersionedFeature now = store.loadIds(LAYER, id).get(0);
            seen.saw(LAYER, now.feature(), now.version());
            office.seen.saw(LAYER, now.feature(), now.version());
            CyclicBarrier together = new CyclicBarrier(2);
            Feature mine = with(now.feature(), "t" + township + "-" + n);
            Feature theirs = with(now.feature(), "office-" + township + "-" + n);
            Future<Boolean> officeWon = officeThreads.submit(() -> {
                together.await();
                return accepted(office.journal.recordDone(new ChangeSet("办", List.of(FeatureChange.replaced(LAYER,
                        now.feature(), theirs)))));
            });
            together.await();
            boolean townshipWon = accepted(journal.recordDone(new ChangeSet("镇", List.of(FeatureChange.replaced(
                    LAYER, now.feature(), mine)))));
            boolean officeAccepted = officeWon.get(1, TimeUnit.MINUTES);
            created.incrementAndGet();
            if (townshipWon != officeAccepted) {
                detected.incrementAndGet();
            } else if (townshipWon) {
                bothAccepted.incrementAndGet();
            }
            Feature winner = townshipWon ? mine : theirs;
            own.set(0, winner);
            expected.put(id, winner.text("unit"));
        }

        private static boolean accepted(java.util.concurrent.CompletableFuture<Void> edit) throws Exception {
            try {
                edit.get(1, TimeUnit.MINUTES);
                return true;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof StepConflict || e.getCause() instanceof CompletionException c
                        && c.getCause() instanceof StepConflict) {
                    return false;
                }
                throw e;
            }
        }

        private static Feature with(Feature feature, String unit) {
            Map<String, Object> values = new HashMap<>(feature.attributes());
            values.put("unit", unit);
            return new Feature(feature.id(), feature.geometry(), values);
        }

        void close() {
            journal.close();
            store.close();
        }
    }
}
