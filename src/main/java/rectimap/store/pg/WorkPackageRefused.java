package rectimap.store.pg;

/**
 * A work package that cannot be made or merged, for a reason the user can fix ({@link #problem()} names the
 * sentence, {@link #subject()} fills it in). Nothing was written when it is thrown.
 */
public final class WorkPackageRefused extends RuntimeException {
    private final WorkPackageProblem problem;
    private final String subject;

    public WorkPackageRefused(WorkPackageProblem problem, String subject, String detail) {
        super(subject + ": " + detail);
        this.problem = problem;
        this.subject = subject;
    }

    public WorkPackageProblem problem() {
        return problem;
    }

    /** The township, file or project the sentence names. */
    public String subject() {
        return subject;
    }
}
