package rectimap.store.pg;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where a shared project lives: {@code postgresql://user@host:port/database[?schema=s&sslmode=m]}, as libpq writes
 * it. A password written into the address is refused (it would end up in shell histories and recent-project lists):
 * passwords come from {@code .pgpass}/{@code PGPASSFILE} (read by the driver) or are asked for.
 *
 * @param schema  the PostgreSQL schema holding the project, {@code public} when not given
 * @param sslmode libpq's sslmode (disable, allow, prefer, require, verify-ca, verify-full); prefer when not given
 */
public record PgAddress(String user, String host, int port, String database, String schema, String sslmode) {
    private static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca",
            "verify-full");
    private static final Set<String> OPTIONS = Set.of("schema", "sslmode");

    public PgAddress {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        schema = schema == null || schema.isEmpty() ? "public" : schema;
        sslmode = sslmode == null || sslmode.isEmpty() ? "prefer" : sslmode;
    }

    /** Whether {@code text} is meant as a shared project address rather than a file name. */
    public static boolean isAddress(String text) {
        return text != null && (text.startsWith("postgresql://") || text.startsWith("postgres://"));
    }

    /**
     * Reads an address.
     *
     * @throws BadAddress naming what is wrong (no user, a password, an unknown option or sslmode)
     */
    public static PgAddress parse(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new BadAddress(Problem.SYNTAX, text);
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo == null || userInfo.isEmpty()) {
            throw new BadAddress(Problem.NO_USER, text);
        }
        if (userInfo.contains(":")) {
            throw new BadAddress(Problem.PASSWORD_IN_ADDRESS, "postgresql://" + userInfo.substring(0,
                    userInfo.indexOf(':')) + ":…@" + uri.getHost());
        }
        String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (uri.getHost() == null || database.isEmpty()) {
            throw new BadAddress(Problem.NO_HOST_OR_DATABASE, text);
        }
        Map<String, String> options = options(uri.getRawQuery(), text);
        String sslmode = options.get("sslmode");
        if (sslmode != null && !SSL_MODES.contains(sslmode)) {
            throw new BadAddress(Problem.UNKNOWN_OPTION, text);
        }
        return new PgAddress(decode(userInfo), uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(),
                decode(database), options.get("schema"), sslmode);
    }

    private static Map<String, String> options(String query, String text) {
        Map<String, String> options = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return options;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            if (!OPTIONS.contains(key)) {
                throw new BadAddress(Problem.UNKNOWN_OPTION, text);
            }
            options.put(key, eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return options;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** What is wrong with an address (message key {@code address.<PROBLEM>}, {0} = the address). */
    public enum Problem {
        SYNTAX, NO_USER, PASSWORD_IN_ADDRESS, NO_HOST_OR_DATABASE, UNKNOWN_OPTION
    }

    /** An address that cannot be read; {@link #shown()} is the address as it may be shown (no password). */
    public static final class BadAddress extends IllegalArgumentException {
        private final Problem problem;
        private final String shown;

        BadAddress(Problem problem, String shown) {
            super(problem + ": " + shown);
            this.problem = problem;
            this.shown = shown;
        }

        public Problem problem() {
            return problem;
        }

        public String shown() {
            return shown;
        }
    }

    /** The JDBC URL (no password: the driver reads .pgpass itself when none is given). */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/"
                + java.net.URLEncoder.encode(database, StandardCharsets.UTF_8) + "?sslmode=" + sslmode
                + "&ApplicationName=Rectimap";
    }

    /** The address as the user wrote it (without defaults spelled out), for messages and recent lists. */
    @Override
    public String toString() {
        String options = ("public".equals(schema) ? "" : "schema=" + schema)
                + ("prefer".equals(sslmode) ? "" : ("public".equals(schema) ? "" : "&") + "sslmode=" + sslmode);
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database
                + (options.isEmpty() ? "" : "?" + options);
    }

    /**
     * A stand-in path naming the project in messages ({@link rectimap.model.StoreException#file()}), e.g.
     * {@code campaign@db.example:5432} (the schema follows the database when not public).
     */
    public Path label() {
        return Path.of(database + ("public".equals(schema) ? "" : "." + schema) + "@" + host + ":" + port);
    }
}
