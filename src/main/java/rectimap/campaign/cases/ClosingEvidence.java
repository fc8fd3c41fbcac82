package rectimap.campaign.cases;

import java.util.Optional;
import java.util.function.LongPredicate;
import java.util.function.Supplier;

/**
 * Whether a supervision case has the evidence closing it (销号) needs: at least one 整改后 photo. A port: the window
 * answers from the project's photos and its setting {@value #SETTING} ({@code no} relaxes the rule); the
 * command line and tests that do not check it use {@link #NOT_REQUIRED}. Called on the thread that builds edit
 * commands (the FX thread): answer from memory.
 */
@FunctionalInterface
public interface ClosingEvidence {
    /** The project setting that relaxes the rule when {@code no}. */
    String SETTING = "cases.closeNeedsAfterPhoto";

    /** Closing needs no photo. */
    ClosingEvidence NOT_REQUIRED = caseId -> true;

    /** Whether the case with feature id {@code caseId} may be closed as far as evidence goes. */
    boolean present(long caseId);

    /**
     * The rule as a project sets it, the one answer the window and the command line give: relaxed while the setting
     * {@value #SETTING} (read at each question, so a change applies at once) says {@code no}, else present when
     * {@code afterPhoto} knows a 整改后 photo of the case.
     */
    static ClosingEvidence of(Supplier<Optional<String>> setting, LongPredicate afterPhoto) {
        return caseId -> setting.get().map(value -> value.strip().equalsIgnoreCase("no")).orElse(false)
                || afterPhoto.test(caseId);
    }
}
