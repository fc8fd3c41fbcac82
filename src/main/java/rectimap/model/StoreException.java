package rectimap.model;

import java.nio.file.Path;

/**
 * A failure to read or write a project file. {@link #problem()} says what kind (the UI turns it into a Chinese or
 * English message), {@link #file()} which file, {@link #subject()} what inside it (e.g. a table name, for the
 * message's second argument), {@link #getMessage()} the technical detail in English. A shared project's failure also
 * carries {@link #databaseReason()}: what the PostgreSQL server said, shown after the sentence.
 */
public class StoreException extends RuntimeException {
    private final StoreProblem problem;
    private final transient Path file;
    private final String subject;
    private final String databaseReason;

    public StoreException(StoreProblem problem, Path file, String detail, Throwable cause) {
        this(problem, file, "", detail, cause);
    }

    /** A failure about {@code subject} inside {@code file}, e.g. the table a layer registration names. */
    public StoreException(StoreProblem problem, Path file, String subject, String detail, Throwable cause) {
        this(problem, file, subject, detail, cause, "");
    }

    /**
     * A shared project's failure: {@code databaseReason} is the server's SQLSTATE and message (e.g. {@code 42710 role
     * "x" already exists}), told to the user after the sentence; "" when there is none.
     */
    public StoreException(StoreProblem problem, Path file, String subject, String detail, Throwable cause,
            String databaseReason) {
        super(file + ": " + detail, cause);
        this.problem = problem;
        this.file = file;
        this.subject = subject;
        this.databaseReason = databaseReason;
    }

    public StoreException(StoreProblem problem, Path file, String detail) {
        this(problem, file, detail, null);
    }

    public StoreProblem problem() {
        return problem;
    }

    public Path file() {
        return file;
    }

    /** What inside the file the failure is about (a table name...), or "" when the file as a whole. */
    public String subject() {
        return subject;
    }

    /** What the database server said (SQLSTATE and its message), or "" for a project file or none. */
    public String databaseReason() {
        return databaseReason;
    }
}
