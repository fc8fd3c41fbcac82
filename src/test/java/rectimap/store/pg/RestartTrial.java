package rectimap.store.pg;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;

/**
 * One trial of issue 16's fault test: {@code clients} users stream edits (adds of their own 整治片区, and every
 * fourth edit a change of their previous one) into the shared project through their {@link PgOutboxJournal}s while
 * the server is stopped with {@code -m immediate} and started again on the same port. Afterwards every edit whose
 * future completed (acknowledged) must be on the server exactly once: each added feature once, each feature
 * holding its last acknowledged change. Used by {@code ServerRestartTest} (a few trials) and the bench (20).
 */
public final class RestartTrial {
    static final String LAYER = "cleanup_zone";
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    /** What a trial saw: edits acknowledged, lost, written twice, failed (not acknowledged), the outage in ms. */
    public record Outcome(int acknowledged, int lost, int duplicated, int failed, long outageMs, String failure) {
        public boolean clean() {
            return lost == 0 && duplicated == 0 && failed == 0;
        }
    }

    private RestartTrial() {
    }

    public static Outcome run(PgCluster cluster, PgAddress address, Path outboxes, int trial, int clients,
            int editsPerClient) throws Exception {
        ExecutorService users = Executors.newFixedThreadPool(clients);
        List<Future<Map<String, CompletableFuture<Void>>>> streams = new ArrayList<>();
        List<PgFeatureStore> stores = new ArrayList<>();
        List<PgOutboxJournal> journals = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            PgFeatureStore store = PgFeatureStore.open(address, null);
            PgOutboxJournal journal = PgOutboxJournal.open(store, new SeenVersions(), outboxes.resolve("c" + c));
            stores.add(store);
            journals.add(journal);
            int client = c;
            streams.add(users.submit(() -> stream(journal, trial, client, editsPerClient)));
        }
        Thread.sleep(150);
        long down = System.nanoTime();
        cluster.stop("immediate");
        Thread.sleep(300);
        cluster.start();
        long outageMs = (System.nanoTime() - down) / 1_000_000;
        Map<String, CompletableFuture<Void>> edits = new HashMap<>();
        for (Future<Map<String, CompletableFuture<Void>>> stream : streams) {
            edits.putAll(stream.get(2, TimeUnit.MINUTES));
        }
        int failed = 0;
        String failure = "";
        Map<String, Boolean> acknowledged = new HashMap<>();
        for (Map.Entry<String, CompletableFuture<Void>> edit : edits.entrySet()) {
            try {
                edit.getValue().get(2, TimeUnit.MINUTES);
                acknowledged.put(edit.getKey(), true);
            } catch (java.util.concurrent.ExecutionException e) {
                failed++;
                failure = e.getCause() + (e.getCause().getCause() == null ? "" : " <- " + e.getCause().getCause());
            }
        }
        journals.forEach(PgOutboxJournal::close);
        stores.forEach(PgFeatureStore::close);
        users.shutdown();
        return check(cluster, address, trial, acknowledged.keySet(), failed, outageMs, failure);
    }

    /** Submits the client's edits without waiting for them; their futures by edit ("a:note" add, "u:note" change). */
    private static Map<String, CompletableFuture<Void>> stream(PgOutboxJournal journal, int trial, int client,
            int edits) throws InterruptedException {
        Map<String, CompletableFuture<Void>> futures = new HashMap<>();
        Feature last = null;
        for (int k = 0; k < edits; k++) {
            if (k % 4 == 3 && last != null) {
                Map<String, Object> values = new HashMap<>(last.attributes());
                values.put("unit", "u" + k);
                Feature changed = new Feature(last.id(), last.geometry(), values);
                futures.put("u:" + last.get("note") + ":u" + k, journal.recordDone(new ChangeSet("改 " + k,
                        List.of(FeatureChange.replaced(LAYER, last, changed)))));
                last = changed;
            } else {
                long id = 1_000_000_000L + trial * 1_000_000L + client * 10_000L + k;
                last = new Feature(id, square(client, k), Map.of("note", "t" + trial + "-c" + client + "-e" + k));
                futures.put("a:" + last.get("note"), journal.recordDone(new ChangeSet("加 " + k,
                        List.of(FeatureChange.added(LAYER, last)))));
            }
            Thread.sleep(5);
        }
        return futures;
    }

    private static Geometry square(int client, int k) {
        double x = 110.9 + client * 0.01 + (k % 50) * 0.0002;
        double y = 35.0 + (k / 50) * 0.0002;
        double d = 0.0001;
        return GEOMETRY.createMultiPolygon(new org.locationtech.jts.geom.Polygon[] {GEOMETRY.createPolygon(
                new Coordinate[] {new Coordinate(x, y), new Coordinate(x + d, y), new Coordinate(x + d, y + d),
                        new Coordinate(x, y + d), new Coordinate(x, y)})});
    }

    private static Outcome check(PgCluster cluster, PgAddress address, int trial, java.util.Set<String> acked,
            int failed, long outageMs, String failure) throws Exception {
        Map<String, Integer> rows = new HashMap<>();
        Map<String, String> units = new HashMap<>();
        try (Connection c = cluster.superuser(address.database()); PreparedStatement query = c.prepareStatement(
                "SELECT note, count(*), max(unit) FROM " + PgNames.qualified(address.schema(), LAYER)
                        + " WHERE note LIKE ? GROUP BY note")) {
            query.setString(1, "t" + trial + "-%");
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), rs.getInt(2));
                    units.put(rs.getString(1), rs.getString(3));
                }
            }
        }
        int lost = 0;
        int duplicated = 0;
        Map<String, Integer> lastUnit = new HashMap<>();
        for (String edit : acked) {
            String[] parts = edit.split(":");
            if (parts[0].equals("a")) {
                int count = rows.getOrDefault(parts[1], 0);
                lost += count == 0 ? 1 : 0;
                duplicated += Math.max(0, count - 1);
            } else {
                lastUnit.merge(parts[1], Integer.parseInt(parts[2].substring(1)), Math::max);
            }
        }
        for (Map.Entry<String, Integer> update : lastUnit.entrySet()) {
            String unit = units.get(update.getKey());
            if (unit == null || Integer.parseInt(unit.substring(1)) < update.getValue()) {
                lost++;
            }
        }
        return new Outcome(acked.size(), lost, duplicated, failed, outageMs, failure);
    }
}
