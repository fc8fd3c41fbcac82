package rectimap.ui.coverage;

import rectimap.ui.DialogButtons;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import rectimap.campaign.coverage.CoverageProblem;
import rectimap.campaign.coverage.CoverageReport;
import rectimap.ui.Messages;

/**
 * Asked before printing or exporting: when the newest coverage check has open gaps or overlaps (or cases are
 * overdue), a confirm dialog ({@code #openProblemsGate}) lists them and the user continues or cancels; with nothing
 * open it lets the action run without asking. FX thread.
 */
public final class OpenProblemsGate {
    /** How many problems the dialog lists by name before "…and N more". */
    static final int LISTED = 8;

    private final Messages messages;
    private final Supplier<CoverageReport> latest;
    private final LongSupplier overdueCases;

    public OpenProblemsGate(Messages messages, Supplier<CoverageReport> latest, LongSupplier overdueCases) {
        this.messages = messages;
        this.latest = latest;
        this.overdueCases = overdueCases;
    }

    /**
     * Whether {@code action} (e.g. "打印") may run now: true when nothing is open or the user chose to continue.
     * Blocks in a modal dialog when something is open.
     */
    public boolean confirm(Window owner, String action) {
        Optional<String> open = openProblems();
        if (open.isEmpty()) {
            return true;
        }
        ButtonType proceed = new ButtonType(messages.format("gate.proceed", action), ButtonBar.ButtonData.OK_DONE);
        Alert alert = DialogButtons.alert(messages, Alert.AlertType.WARNING, open.get(), proceed, DialogButtons.cancel(messages));
        alert.initOwner(owner);
        alert.setTitle(messages.get("gate.title"));
        alert.setHeaderText(messages.format("gate.header", action));
        alert.getDialogPane().setId("openProblemsGate");
        alert.getDialogPane().setMinWidth(520);
        return alert.showAndWait().filter(proceed::equals).isPresent();
    }

    /** The text listing what is open, empty when nothing is (or no check has finished yet). */
    public Optional<String> openProblems() {
        CoverageReport report = latest.get();
        long overdue = overdueCases.getAsLong();
        List<String> lines = new ArrayList<>();
        if (report != null && report.openProblemCount() > 0) {
            lines.add(messages.format("gate.coverage", report.gaps().size(), ProblemRow.area(report.uncoveredM2(), messages),
                    report.overlapCount()));
            List<CoverageProblem> open = report.problems().stream().filter(p -> !p.kind().isSliver()).toList();
            // Each line says which responsibility it is a gap in: 解州镇 may be covered by its 区领导 and still lack
            // 包村干部 over most of its area, and the sheet being printed shows the former.
            open.stream().limit(LISTED).forEach(p -> lines.add("  • " + messages.format("gate.problem",
                    messages.label(p.kind()), messages.label(p.coverage()), p.parentName(),
                    ProblemRow.area(p.areaM2(), messages))));
            if (open.size() > LISTED) {
                lines.add("  " + messages.format("gate.more", open.size() - LISTED));
            }
        }
        if (overdue > 0) {
            lines.add(messages.format("gate.overdue", overdue));
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines));
    }
}
