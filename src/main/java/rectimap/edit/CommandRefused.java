package rectimap.edit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import rectimap.model.AttributeProblem;

/**
 * A command could not build its step from the current project; nothing was changed. Carries the reason in Chinese
 * and English for the status bar, the attribute problems for the form (one per field), and for invalid geometry the
 * location of the problem (lon/lat degrees, EPSG:4490) and a repaired geometry the caller may offer instead.
 */
public final class CommandRefused extends Exception implements rectimap.model.Bilingual {
    private static final long serialVersionUID = 1L;

    private final RefusalReason reason;
    private final String textZh;
    private final List<AttributeProblem> problems;
    private final transient Coordinate location;
    private final transient Geometry repaired;

    private CommandRefused(RefusalReason reason, String textZh, String textEn, List<AttributeProblem> problems,
            Coordinate location, Geometry repaired) {
        super(textEn);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.textZh = Objects.requireNonNull(textZh, "textZh");
        this.problems = List.copyOf(problems);
        this.location = location;
        this.repaired = repaired;
    }

    public static CommandRefused of(RefusalReason reason, String textZh, String textEn) {
        return new CommandRefused(reason, textZh, textEn, List.of(), null, null);
    }

    /** Attribute (or geometry-type) problems found by the layer's rules. */
    public static CommandRefused problems(List<AttributeProblem> problems) {
        String zh = String.join(";", problems.stream().map(AttributeProblem::reasonZh).toList());
        String en = String.join("; ", problems.stream().map(AttributeProblem::reasonEn).toList());
        return new CommandRefused(RefusalReason.INVALID_ATTRIBUTES, "不能保存：" + zh, "cannot be stored: " + en,
                problems, null, null);
    }

    /** An invalid geometry, where its problem is, and the repair (null when nothing valid remains). */
    public static CommandRefused invalidGeometry(String textZh, String textEn, Coordinate location,
            Geometry repaired) {
        return new CommandRefused(RefusalReason.INVALID_GEOMETRY, textZh, textEn, List.of(), location, repaired);
    }

    public RefusalReason reason() {
        return reason;
    }

    /** The reason for the user, in Chinese; {@link #getMessage()} is the English one. */
    public String textZh() {
        return textZh;
    }

    public String textEn() {
        return getMessage();
    }

    @Override
    public String label() {
        return textZh;
    }

    @Override
    public String labelEn() {
        return getMessage();
    }

    public List<AttributeProblem> problems() {
        return problems;
    }

    /** Where the geometry problem is (lon/lat degrees), for the tool to mark; empty for other refusals. */
    public Optional<Coordinate> location() {
        return Optional.ofNullable(location).map(Coordinate::copy);
    }

    /** A valid geometry close to the refused one, fitted to the layer, which the caller may offer to store instead. */
    public Optional<Geometry> repaired() {
        return Optional.ofNullable(repaired);
    }
}
