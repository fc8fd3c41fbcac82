package rectimap.exchange;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A failure to read or write an exchange file. {@link #problem()} says what kind (the UI turns it into a Chinese or
 * English sentence with the key {@code exchange.<PROBLEM>}), {@link #file()} which file, {@link #record()} which
 * record (0-based, -1 for none) and {@link #detail()} the technical detail in English, as a user may read it
 * (no Java class names, no megabytes of content: see {@code DetailText}); a detail known in both languages (a
 * layer rule's reason) is shown in the user's by {@link #detail(Locale)}.
 */
public class ExchangeException extends Exception {
    private final ExchangeProblem problem;
    private final transient Path file;
    private final long record;
    private final String detail;
    private final String detailZh;

    /** {@code detail} is shown cleaned ({@link DetailText}: no Java class names, long content cut). */
    public ExchangeException(ExchangeProblem problem, Path file, long record, String detail, Throwable cause) {
        super(describe(file, record, DetailText.of(detail)), cause);
        this.problem = problem;
        this.file = file;
        this.record = record;
        this.detail = DetailText.of(detail);
        this.detailZh = this.detail;
    }

    /** A record refused with a reason in both languages ({@code detailEn} / {@code detailZh}). */
    public ExchangeException(ExchangeProblem problem, Path file, long record, String detailEn, String detailZh) {
        super(describe(file, record, DetailText.of(detailEn)));
        this.problem = problem;
        this.file = file;
        this.record = record;
        this.detail = DetailText.of(detailEn);
        this.detailZh = DetailText.of(detailZh);
    }

    public ExchangeException(ExchangeProblem problem, Path file, long record, String detail) {
        this(problem, file, record, detail, (Throwable) null);
    }

    /** A problem with the file as a whole (no record). */
    public ExchangeException(ExchangeProblem problem, Path file, String detail) {
        this(problem, file, -1, detail, (Throwable) null);
    }

    /** A problem with the file as a whole (no record), caused by {@code cause}. */
    public ExchangeException(ExchangeProblem problem, Path file, String detail, Throwable cause) {
        this(problem, file, -1, detail, cause);
    }

    /** NOT_FOUND for {@code file} that could not be read: "no such file", else why reading it failed. */
    public static ExchangeException unreadable(Path file, IOException cause) {
        return new ExchangeException(ExchangeProblem.NOT_FOUND, file, -1, cause instanceof NoSuchFileException
                ? "no such file" : "cannot read: " + cause.getMessage(), cause);
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

    /**
     * The detail in the language of {@code locale}: English for an English locale, else the Chinese detail where one
     * was given (else the English one).
     */
    public String detail(Locale locale) {
        return "en".equals(locale.getLanguage()) ? detail : detailZh;
    }
}
