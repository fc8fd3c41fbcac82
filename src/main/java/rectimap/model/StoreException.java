package rectimap.model;

import java.nio.file.Path;

/**
 * A failure to read or write a project file. {@link #problem()} says what kind (the UI turns it into a Chinese or
 * English message), {@link #file()} which file, {@link #getMessage()} the technical detail in English.
 */
public class StoreException extends RuntimeException {
    private final StoreProblem problem;
    private final transient Path file;

    public StoreException(StoreProblem problem, Path file, String detail, Throwable cause) {
        super(file + ": " + detail, cause);
        this.problem = problem;
        this.file = file;
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
}
