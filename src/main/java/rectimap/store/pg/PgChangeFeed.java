package rectimap.store.pg;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens for row changes of one shared project ({@code LISTEN rectimap}, filtered to the project's schema) on a
 * connection of its own and hands them, batched, to a listener on the feed's thread, within about a quarter second
 * of the commit. When the connection drops, it reconnects and hands over a {@link Change#RESYNC} (changes made
 * meanwhile were not announced, so the listener reads everything again). Closing stops it.
 */
public final class PgChangeFeed implements AutoCloseable {
    private static final Pattern FIELD = Pattern.compile("\"(schema|table|fid|version|op|user)\"\\s*:\\s*"
            + "(\"((?:[^\"\\\\]|\\\\.)*)\"|-?\\d+)");
    private final PgPool pool;
    private final Consumer<List<Change>> listener;
    private final Thread thread;
    private volatile boolean running = true;

    /** One announced row change; {@code op} INSERT, UPDATE, DELETE, or RESYNC after a reconnect. */
    public record Change(String table, long fid, long version, String op, String user) {
        public static final String RESYNC = "RESYNC";
    }

    private PgChangeFeed(PgPool pool, Consumer<List<Change>> listener) {
        this.pool = pool;
        this.listener = listener;
        this.thread = new Thread(this::run, "rectimap-pg-feed");
        this.thread.setDaemon(true);
    }

    /** Starts listening; returns once LISTEN is in place (so no change committed after this call is missed). */
    public static PgChangeFeed start(PgPool pool, Consumer<List<Change>> listener) throws SQLException {
        PgChangeFeed feed = new PgChangeFeed(pool, listener);
        feed.first = feed.listen();
        feed.thread.start();
        return feed;
    }

    private volatile Connection first;

    private Connection listen() throws SQLException {
        Connection connection = pool.connection();
        try (Statement sql = connection.createStatement()) {
            sql.execute("LISTEN " + PgProjectTables.CHANNEL);
        }
        return connection;
    }

    private void run() {
        Connection connection = first;
        String schema = pool.address().schema();
        while (running) {
            try {
                PGNotification[] notes = connection.unwrap(PGConnection.class).getNotifications(250);
                List<Change> changes = new ArrayList<>();
                for (PGNotification note : notes == null ? new PGNotification[0] : notes) {
                    Change change = parse(note.getParameter(), schema);
                    if (change != null) {
                        changes.add(change);
                    }
                }
                if (!changes.isEmpty()) {
                    listener.accept(changes);
                }
            } catch (SQLException e) {
                closeQuietly(connection);
                connection = reconnect();
                if (connection == null) {
                    return;
                }
                listener.accept(List.of(new Change("", 0, 0, Change.RESYNC, "")));
            }
        }
        closeQuietly(connection);
    }

    private Connection reconnect() {
        long backoff = 100;
        while (running) {
            try {
                return listen();
            } catch (SQLException e) {
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    return null;
                }
                backoff = Math.min(2_000, backoff * 2);
            }
        }
        return null;
    }

    /** The change a payload announces, or null when it is another schema's. */
    static Change parse(String payload, String schema) {
        String s = null;
        String table = null;
        long fid = 0;
        long version = 0;
        String op = "";
        String user = "";
        Matcher m = FIELD.matcher(payload);
        while (m.find()) {
            String text = m.group(3) != null ? unescape(m.group(3)) : m.group(2);
            switch (m.group(1)) {
                case "schema" -> s = text;
                case "table" -> table = text;
                case "fid" -> fid = Long.parseLong(text);
                case "version" -> version = Long.parseLong(text);
                case "op" -> op = text;
                default -> user = text;
            }
        }
        return schema.equals(s) && table != null ? new Change(table, fid, version, op, user) : null;
    }

    private static String unescape(String json) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '\\' && i + 1 < json.length()) {
                char n = json.charAt(++i);
                if (n == 'u' && i + 4 < json.length()) {
                    out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                } else {
                    out.append(switch (n) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        case 'r' -> '\r';
                        case 'b' -> '\b';
                        case 'f' -> '\f';
                        default -> n;
                    });
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void closeQuietly(Connection connection) {
        try (Statement sql = connection.createStatement()) {
            // Back in the pool, the connection must not collect announcements for nobody.
            sql.execute("UNLISTEN *");
        } catch (SQLException e) {
            // A dead connection listens to nothing any more.
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // Gone already.
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
