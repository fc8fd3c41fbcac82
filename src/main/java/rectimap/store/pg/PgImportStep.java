package rectimap.store.pg;

import static rectimap.store.pg.PgNames.qualified;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import rectimap.model.ChangeSet;
import rectimap.model.FeatureChange;
import rectimap.model.Layer;
import rectimap.model.LayerRole;
import rectimap.model.StoreException;

/**
 * A command-line import written into the shared project as ONE named step in ONE transaction (the change log,
 * {@code rectimap_step}, records who, when, the name and the counts): a failure leaves the database as it was.
 * <ul>
 * <li>Its step id is derived from the import's key (the caller's digest of the source and the choices) and the
 * project's last step before it, so the same import of the same project is one step: a run repeated after its
 * answer was lost ({@link #alreadyIn}), or two identical runs at once, write it once
 * ({@link Outcome#ALREADY_APPLIED}); after anyone's later step (an undo too) the same file imports again.</li>
 * <li>A township account may add only planning features whose interior point lies in its township (row-level
 * security): those outside are named ({@link ImportOutsideTownship}) before anything is written.</li>
 * </ul>
 */
public final class PgImportStep {
    /** What became of the import. */
    public enum Outcome {
        APPLIED, ALREADY_APPLIED
    }

    private PgImportStep() {
    }

    /**
     * Appends the features {@code step} adds.
     *
     * @throws ImportOutsideTownship a township account's features outside its township; nothing written
     * @throws StoreException        PERMISSION_DENIED (the account may not add to this layer), SERVER_UNREACHABLE…
     */
    public static Outcome append(PgFeatureStore store, ChangeSet step, byte[] key) {
        requireInTownship(store, step);
        UUID id = idOf(store, key);
        if (id == null) {
            return Outcome.ALREADY_APPLIED;
        }
        try {
            return new PgStepWriter(store, new SeenVersions()).write(id, "DONE", step) == PgStepWriter.Outcome.APPLIED
                    ? Outcome.APPLIED : Outcome.ALREADY_APPLIED;
        } catch (SQLException e) {
            throw PgFailures.of(e, store.address(), "importing " + step.name());
        }
    }

    /**
     * Creates {@code layer} (placed last, secured as the project's layers are) with its features, as step
     * {@code stepName}. Only a login that may create tables in the project's schema (its owner) may.
     *
     * @throws StoreException PERMISSION_DENIED for an account that may not create tables, SERVER_UNREACHABLE…
     */
    public static Outcome newLayer(PgFeatureStore store, Layer layer, String stepName, byte[] key) {
        ChangeSet step = new ChangeSet(stepName, layer.features().stream()
                .map(f -> FeatureChange.added(layer.tableName(), f)).toList());
        UUID id = idOf(store, key);
        if (id == null) {
            return Outcome.ALREADY_APPLIED;
        }
        PgStepWriter writer = new PgStepWriter(store, new SeenVersions());
        return store.inTransaction("importing layer " + layer.tableName(), c -> {
            if (!writer.logStep(c, id, "DONE", step)) {
                return Outcome.ALREADY_APPLIED;
            }
            store.createLayer(c, layer);
            return Outcome.APPLIED;
        });
    }

    /** Whether the project's last step is the import {@code key} names (a repeated run: nothing to write). */
    public static boolean alreadyIn(PgFeatureStore store, byte[] key) {
        return idOf(store, key) == null;
    }

    /** The step's id, or null when the project's last step is this very import already. */
    private static UUID idOf(PgFeatureStore store, byte[] key) {
        List<String> lastTwo = store.read("reading the change log", c -> lastSteps(c, store.address().schema()));
        String last = lastTwo.isEmpty() ? "" : lastTwo.get(0);
        String before = lastTwo.size() < 2 ? "" : lastTwo.get(1);
        if (!last.isEmpty() && last.equals(idAfter(key, before).toString())) {
            return null;
        }
        return idAfter(key, last);
    }

    private static UUID idAfter(byte[] key, String lastStep) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("rectimap-import:".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(key);
        bytes.writeBytes(lastStep.getBytes(StandardCharsets.UTF_8));
        return UUID.nameUUIDFromBytes(bytes.toByteArray());
    }

    /** The ids of the project's last two steps, newest first. */
    private static List<String> lastSteps(Connection c, String schema) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("SELECT step_id FROM " + qualified(schema,
                PgProjectTables.STEPS) + " ORDER BY applied_at DESC, step_id DESC LIMIT 2");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /** Refuses, naming them, a township account's planning features outside its township. */
    private static void requireInTownship(PgFeatureStore store, ChangeSet step) {
        String schema = store.address().schema();
        store.read("checking the township", c -> {
            String township = townshipOfThisAccount(c, schema);
            if (township == null) {
                return null;
            }
            List<Integer> outside = new ArrayList<>();
            try (PreparedStatement inside = c.prepareStatement("SELECT " + qualified(schema,
                    "rectimap_in_my_township") + "(ST_GeomFromWKB(?, ?))")) {
                for (int i = 0; i < step.changes().size(); i++) {
                    FeatureChange change = step.changes().get(i);
                    if (store.info(change.tableName()).role() != LayerRole.PLANNING || change.after() == null) {
                        continue;
                    }
                    inside.setBytes(1, PgLayerTable.wkb(change.after().geometry()));
                    inside.setInt(2, Math.max(store.info(change.tableName()).srid(), 0));
                    try (ResultSet rs = inside.executeQuery()) {
                        if (!rs.next() || !rs.getBoolean(1)) {
                            outside.add(i);
                        }
                    }
                }
            }
            if (!outside.isEmpty()) {
                throw new ImportOutsideTownship(township, outside, step.changes().size());
            }
            return null;
        });
    }

    /** The township of the account this connection logged in as, or null for any other kind of account. */
    private static String townshipOfThisAccount(Connection c, String schema) throws SQLException {
        if (!PgProjectTables.tableExists(c, qualified(schema, PgAccess.ACCOUNTS))) {
            return null;
        }
        try (PreparedStatement query = c.prepareStatement("SELECT township FROM " + qualified(schema,
                PgAccess.ACCOUNTS) + " WHERE role_name = session_user AND kind = ?")) {
            query.setString(1, AccountKind.TOWNSHIP.name());
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
