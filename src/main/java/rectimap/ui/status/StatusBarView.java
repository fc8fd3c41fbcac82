package rectimap.ui.status;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.locationtech.jts.geom.Coordinate;
import rectimap.ui.Messages;

/**
 * The status bar: cursor position as CGCS2000 lon/lat and as EPSG:4546 x/y, the scale 1:N, a graphic scale bar and
 * a message area. The message replaces the previous one and is the only segment that is shortened when the bar is
 * narrow.
 */
public final class StatusBarView extends HBox {
    private final Messages messages;
    private final Label message = new Label();
    private final Label lonLat = new Label();
    private final Label gridXy = new Label();
    private final Label scale = new Label();
    private final Label toolStatus = new Label();
    private final Label snapping = new Label();
    private final ScaleBarView scaleBar = new ScaleBarView();
    private final Label coverage = new Label();
    private final Label overdue = new Label();
    private final Label saving = new Label();

    public StatusBarView(Messages messages) {
        this.messages = messages;
        setId("statusBar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        setPadding(new Insets(2, 8, 2, 8));
        message.setId("statusMessage");
        lonLat.setId("statusLonLat");
        gridXy.setId("statusGridXy");
        scale.setId("statusScale");
        toolStatus.setId("statusTool");
        snapping.setId("statusSnapping");
        coverage.setId("coverageIndicator");
        overdue.setId("overdueIndicator");
        saving.setId("savingStatus");
        saving.getStyleClass().add("saving-status");
        gridXy.setTooltip(new Tooltip(messages.get("status.gkTip")));
        // The key segments are never cut: each keeps its full width. Only the message gives way (ellipsised, the
        // whole text in its tooltip), taking whatever room is left.
        for (Label key : List.of(toolStatus, saving, coverage, overdue, snapping, lonLat, gridXy, scale)) {
            key.setMinWidth(Region.USE_PREF_SIZE);
        }
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setTooltip(new Tooltip());
        message.getTooltip().textProperty().bind(message.textProperty());
        getChildren().addAll(message, toolStatus, saving, coverage, overdue, snapping, lonLat, gridXy, scale,
                scaleBar);
    }

    public void showMessage(String text) {
        message.setText(text);
    }

    /** Shows the cursor position; {@code lonLatDeg} in EPSG:4490 and {@code gridM} in EPSG:4546. */
    public void showCursor(Coordinate lonLatDeg, Coordinate gridM) {
        lonLat.setText(messages.format("status.lonLat", fixed(lonLatDeg.x, "0.000000"), fixed(lonLatDeg.y, "0.000000")));
        gridXy.setText(messages.format("status.gk", fixed(gridM.x, "0.00"), fixed(gridM.y, "0.00")));
    }

    /** Shows the scale 1:N and redraws the scale bar for the map's ground size of a pixel. */
    public void showScale(double scaleDenominator, double metresPerPixel) {
        scale.setText(messages.format("status.scale", fixed(scaleDenominator, "#,##0")));
        scaleBar.update(metresPerPixel);
    }

    /** The active tool's line (live length/area, a refusal) and whether snapping is on, with its tolerance. */
    public void showEditing(String toolLine, boolean snapOn, double tolerancePx) {
        toolStatus.setText(toolLine);
        snapping.setText(snapOn ? messages.format("status.snapOn", fixed(tolerancePx, "0"))
                : messages.get("status.snapOff"));
    }

    /** The coverage indicator, e.g. "未覆盖 0 m² · 重叠 0 处". */
    public void showCoverage(String text) {
        coverage.setText(text);
    }

    /** What clicking the coverage indicator does (opens the problems list). */
    public void setOnCoverageClicked(Runnable action) {
        coverage.setOnMouseClicked(e -> action.run());
    }

    /** The overdue supervision cases, e.g. "逾期督办 2 件". */
    public void showOverdue(String text) {
        overdue.setText(text);
    }

    /** Whether every step is in the project file: empty when it is, else what waits and why (see SavingStatusText). */
    public void showSaving(String text) {
        saving.setText(text);
        saving.setTooltip(text.isEmpty() ? null : new javafx.scene.control.Tooltip(text));
    }

    public String savingText() {
        return saving.getText();
    }

    public String scaleText() {
        return scale.getText();
    }

    private static String fixed(double value, String pattern) {
        return rectimap.ui.FixedDecimal.format(value, pattern);
    }
}
