package rectimap.print;

import java.util.Locale;

/**
 * A sheet that cannot be made, with the {@link SheetProblem} and the subject it concerns (a place name, a code or a
 * file); {@link #userMessage(Locale)} words it for the user in Chinese or English.
 */
public final class SheetException extends Exception {

    private final SheetProblem problem;
    private final String subject;
    private final String detail;

    /** A problem with {@code subject} and a {@code detail} (e.g. the matching codes, or why a write failed). */
    public SheetException(SheetProblem problem, String subject, String detail, Throwable cause) {
        super(problem + ": " + subject + (detail.isEmpty() ? "" : " (" + detail + ")"), cause);
        this.problem = problem;
        this.subject = subject;
        this.detail = detail;
    }

    public SheetException(SheetProblem problem, String subject, String detail) {
        this(problem, subject, detail, null);
    }

    public SheetException(SheetProblem problem, String subject) {
        this(problem, subject, "", null);
    }

    public SheetProblem problem() {
        return problem;
    }

    /** The place, code or file the problem concerns. */
    public String subject() {
        return subject;
    }

    /** The message for the user, e.g. "没有名称或代码为“某镇”的乡镇或村". */
    public String userMessage(Locale locale) {
        return SheetText.bundle(locale).format("problem." + problem.name(), subject, detail);
    }
}
