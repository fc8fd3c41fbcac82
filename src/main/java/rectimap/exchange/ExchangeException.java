package rectimap.exchange;

import java.nio.file.Path;

/**
 * A failure reading or writing an exchange file: what went wrong, in which file and at which record (0-based, -1
 * when not about one record), with details in English for logs and the command line.
 */
public class ExchangeException extends Exception {
    private final ExchangeProblem problem;
    private final Path file;
    private final long record;

    public ExchangeException(ExchangeProblem problem, Path file, long record, String detail) {
        this(problem, file, record, detail, null);
    }

    public ExchangeException(ExchangeProblem problem, Path file, long record, String detail, Throwable cause) {
        super(file + (record >= 0 ? " record " + (record + 1) : "") + ": " + detail, cause);
        this.problem = problem;
        this.file = file;
        this.record = record;
    }

    public ExchangeProblem problem() {
        return problem;
    }

    public Path file() {
        return file;
    }

    /** The 0-based record number, or -1 when the problem is not about one record. */
    public long record() {
        return record;
    }
}
