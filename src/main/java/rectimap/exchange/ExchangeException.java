package rectimap.exchange;

import java.nio.file.Path;

/**
 * A failure to read or write an exchange file. {@link #problem()} says what kind (the UI turns it into a Chinese or
 * English sentence with the key {@code exchange.<PROBLEM>}), {@link #file()} which file, {@link #record()} which
 * record (0-based, -1 for none) and {@link #detail()} the technical detail in English, as a user may read it
 * (no Java class names, no megabytes of content: see {@code DetailText}).
 */
public class ExchangeException extends Exception {
    private final ExchangeProblem problem;
    private final transient Path file;
    private final long record;
    private final String detail;

    /** {@code detail} is shown cleaned ({@link DetailText}: no Java class names, long content cut). */
    public ExchangeException(ExchangeProblem problem, Path file, long record, String detail, Throwable cause) {
        super(describe(file, record, DetailText.of(detail)), cause);
        this.problem = problem;
        this.file = file;
        this.record = record;
        this.detail = DetailText.of(detail);
    }

    public ExchangeException(ExchangeProblem problem, Path file, long record, String detail) {
        this(problem, file, record, detail, null);
    }

    /** A problem with the file as a whole (no record). */
    public ExchangeException(ExchangeProblem problem, Path file, String detail) {
        this(problem, file, -1, detail, null);
    }

    /** A problem with the file as a whole (no record), caused by {@code cause}. */
    public ExchangeException(ExchangeProblem problem, Path file, String detail, Throwable cause) {
        this(problem, file, -1, detail, cause);
    }

    private static String describe(Path file, long record, String detail) {
        return file + (record >= 0 ? " record " + (record + 1) : "") + ": " + detail;
    }

    public ExchangeProblem problem() {
        return problem;
    }

    /** The file the problem is in (may be a part, e.g. the .dbf of a Shapefile); null when there is none. */
    public Path file() {
        return file;
    }

    /** The 0-based record number, or -1 when the problem is not in one record. */
    public long record() {
        return record;
    }

    /** The technical detail in English (without file and record). */
    public String detail() {
        return detail;
    }
}
