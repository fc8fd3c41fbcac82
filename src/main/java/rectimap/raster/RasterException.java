package rectimap.raster;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A raster source failed: a {@link RasterProblem}, where (the file or address as a person would type it) and a
 * detail for the sentence (may be ""). {@link #sentence(Locale)} is what users read, in Chinese by default or English.
 */
public final class RasterException extends Exception {

    private static final String BUNDLE = "rectimap.raster.raster";
    private static final int MAX_DETAIL = 200;

    private final RasterProblem problem;
    private final String where;
    private final String detail;

    public RasterException(RasterProblem problem, String where, String detail, Throwable cause) {
        super(problem + " at " + where + (detail.isEmpty() ? "" : ": " + detail), cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.where = Objects.requireNonNull(where, "where");
        this.detail = detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) + "…" : detail;
    }

    public RasterException(RasterProblem problem, String where, String detail) {
        this(problem, where, detail, null);
    }

    public RasterProblem problem() {
        return problem;
    }

    public String where() {
        return where;
    }

    public String detail() {
        return detail;
    }

    /** The sentence for users: Chinese unless {@code locale} is English. */
    public String sentence(Locale locale) {
        Locale chosen = locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.ROOT;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, chosen,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(problem.key()), chosen).format(new Object[] {where, detail});
    }
}
