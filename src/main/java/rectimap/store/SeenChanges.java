package rectimap.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the window shows of the commits other connections made to the project file, counted in SQLite's
 * {@code PRAGMA data_version} of the journal's connection (it changes whenever another connection committed, never
 * for the journal's own commits). Another program's commit counts as seen only once the window has shown a re-read
 * that holds it. The app's own commit through its other connection (an attached photo batch) counts as seen as
 * soon as everything before it does: it never makes an earlier, unseen change of another program look seen (an
 * undo right after is still checked against the file). The tables those own commits wrote are named to the next
 * re-read ({@link #reading}) until the window has shown one that holds them, so the re-read shows them as the app's
 * own work, not another program's. A version, once seen, is never taken back. Confined to the journal's writer
 * thread.
 */
final class SeenChanges {
    private static final long UNKNOWN = Long.MIN_VALUE;

    /** The data version whose changes the window shows; {@link #UNKNOWN} after a reconnect (the next look re-reads). */
    private long seen;
    /** The data version of the last re-read, seen once the window shows it. */
    private long read = UNKNOWN;
    /** Own commits that wait for the change before them to be seen: the version before each → the one after. */
    private final Map<Long, Long> ownAfter = new HashMap<>();
    /** Own commits no shown re-read holds yet, oldest first. */
    private final List<OwnWrite> ownUnshown = new ArrayList<>();
    private long ownWrites;
    private long ownWritesRead;

    private record OwnWrite(long number, Set<String> tables) {
    }

    /** Counting from the journal connection's version {@code opened}: nothing before it is news. */
    SeenChanges(long opened) {
        this.seen = opened;
    }

    /** SQLite's data version of {@code connection} as the file is now (a read of the file header). */
    static long dataVersion(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
             java.sql.ResultSet row = sql.executeQuery("PRAGMA data_version")) {
            return row.getLong(1);
        }
    }

    /** Whether the file at version {@code now} holds a commit of another program the window does not show. */
    boolean changedOutside(long now) {
        return seen == UNKNOWN || now != seen;
    }

    /** The journal's connection was opened again: it counts versions from elsewhere, so the next look re-reads. */
    void reconnected() {
        seen = UNKNOWN;
        read = UNKNOWN;
        ownAfter.clear();
    }

    /**
     * The app committed through its other connection, which moved the version from {@code before} to
     * {@code after}, writing {@code tables}. {@code alone}: no other connection committed between the two looks
     * (else the range may hold another program's change too, and it stays unseen until a re-read is shown).
     */
    void ownCommitted(long before, long after, boolean alone, Set<String> tables) {
        ownUnshown.add(new OwnWrite(++ownWrites, Set.copyOf(tables)));
        if (!alone || before == after || before == UNKNOWN) {
            return;
        }
        if (before == seen) {
            seen = after;
        } else {
            ownAfter.put(before, after);
        }
    }

    /**
     * A re-read for the window starts at version {@code now}.
     *
     * @return the tables the app's own commits wrote that no shown re-read holds yet
     */
    Set<String> reading(long now) {
        read = now;
        ownWritesRead = ownWrites;
        return ownUnshown.stream().flatMap(own -> own.tables().stream()).collect(Collectors.toUnmodifiableSet());
    }

    /** The window shows what {@link #reading} read last: its changes and the own commits it holds count as seen. */
    void shown() {
        if (read == UNKNOWN) {
            return;
        }
        seen = Math.max(seen, read);
        read = UNKNOWN;
        for (Long after = ownAfter.remove(seen); after != null; after = ownAfter.remove(seen)) {
            seen = after;
        }
        ownAfter.keySet().removeIf(before -> before < seen);
        ownUnshown.removeIf(own -> own.number() <= ownWritesRead);
    }
}
