package rectimap.media;

import java.nio.file.Path;

/** A photo file that cannot be taken, with the {@link PhotoProblem}, the file and a detail (no Java names). */
public class PhotoException extends Exception {
    private final PhotoProblem problem;
    private final transient Path file;
    private final String detail;

    public PhotoException(PhotoProblem problem, Path file, String detail) {
        super(problem + ": " + file + (detail.isEmpty() ? "" : ": " + detail));
        this.problem = problem;
        this.file = file;
        this.detail = detail;
    }

    public PhotoProblem problem() {
        return problem;
    }

    public Path file() {
        return file;
    }

    /** Short detail for the sentence ("" when the problem says it all). */
    public String detail() {
        return detail;
    }
}
