package rectimap.store.pg;

/**
 * Why a township work package cannot be made or merged; each has the sentence {@code package.<NAME>} in the
 * messages bundle (argument 0 = the subject: a township, a file, a project).
 */
public enum WorkPackageProblem {
    /** The shared project has no {@code township} layer to cut packages by. */
    NO_TOWNSHIP_LAYER,
    /** No township of that name or code. */
    NO_SUCH_TOWNSHIP,
    /** The output file exists already (never overwritten). */
    OUT_EXISTS,
    /** The file is not a work package (no {@code rectimap_package} table), or it is damaged. */
    NOT_A_PACKAGE,
    /** The package was made from another shared project. */
    OTHER_PROJECT
}
