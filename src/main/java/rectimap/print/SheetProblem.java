package rectimap.print;

/** Why a sheet cannot be made; each has a message in the print bundle (key {@code problem.NAME}). */
public enum SheetProblem {
    /** No township or village has the given name or code. */
    UNKNOWN_PLACE,
    /** A village name occurs in several townships; the code must be given. */
    AMBIGUOUS_PLACE,
    /** The code is no demonstration site (示范镇 or 文化体验村). */
    UNKNOWN_SITE,
    /** The project has no township layer (an atlas per township needs one). */
    NO_TOWNSHIPS,
    /** The output cannot be written (unwritable folder, full disk). */
    CANNOT_WRITE
}
