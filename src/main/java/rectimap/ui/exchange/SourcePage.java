package rectimap.ui.exchange;

import java.nio.charset.Charset;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import rectimap.exchange.AxisOrder;
import rectimap.exchange.CrsCertainty;
import rectimap.exchange.SourceFormat;
import rectimap.exchange.SourceSchema;
import rectimap.exchange.TableAxes;
import rectimap.ui.Messages;
import rectimap.ui.TextConverter;

/**
 * Step 1 of the import wizard: the file, its text encoding (with the first rows read both ways when the detection
 * is unsure), the coordinate columns of a table and which way round they are (a survey table's X = northing is
 * detected and swapped, with a note and an override), the layer of a GeoPackage or the .shp of a zip, and the
 * source CRS to confirm.
 */
final class SourcePage extends VBox {
    final ComboBox<String> encoding = new ComboBox<>(FXCollections.observableArrayList("UTF-8", "GB18030", "GBK"));
    final ComboBox<String> xColumn = new ComboBox<>();
    final ComboBox<String> yColumn = new ComboBox<>();
    final ComboBox<String> sourceLayer = new ComboBox<>();
    final ComboBox<AxisOrder> axisOrder = new ComboBox<>(FXCollections.observableArrayList(AxisOrder.values()));
    final Label axesNote = new Label();
    final TextField crs = new TextField();
    final CheckBox crsConfirmed;
    final Label crsNote = new Label();
    final Label summary = new Label();
    final TextArea previewUtf8 = new TextArea();
    final TextArea previewGb = new TextArea();
    private final VBox previews;
    private final Messages messages;
    /** True while the page fills in suggested columns itself, so the wizard does not read the file again. */
    boolean filling;

    SourcePage(Messages messages, ImportChoices choices, SourceFormat format) {
        this.messages = messages;
        setId("importStepSource");
        setSpacing(8);
        crsConfirmed = new CheckBox(messages.get("import.crsConfirm"));
        encoding.setId("importEncoding");
        xColumn.setId("importXColumn");
        yColumn.setId("importYColumn");
        sourceLayer.setId("importSourceLayer");
        axisOrder.setId("importAxisOrder");
        axisOrder.setValue(AxisOrder.DETECT);
        axisOrder.setConverter(TextConverter.of(order -> messages.get("import.axisOrder." + order.name())));
        axesNote.setId("importAxesNote");
        axesNote.setWrapText(true);
        crs.setId("importCrs");
        crs.setPromptText("4490");
        crsConfirmed.setId("importCrsConfirm");
        crsNote.setId("importCrsNote");
        summary.setId("importSummary");
        summary.setWrapText(true);
        // Take the lines a long sentence needs (an unsure encoding names both readings) instead of cutting it with …
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        previewUtf8.setId("importPreviewUtf8");
        previewGb.setId("importPreviewGb");
        for (TextArea preview : List.of(previewUtf8, previewGb)) {
            preview.setEditable(false);
            preview.setPrefRowCount(5);
        }
        Label file = new Label(choices.file().toString());
        file.setId("importFile");
        // A long path is cut at its start, so the file's own name stays readable.
        file.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        // Row names keep their width; the long notes wrap in the second column instead of squeezing them to "...".
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(0);
        grid.getColumnConstraints().addAll(names, values);
        crsNote.setWrapText(true);
        int row = 0;
        grid.addRow(row++, new Label(messages.get("import.file")), file);
        if (format == SourceFormat.CSV || format == SourceFormat.SHAPEFILE || format == SourceFormat.GEOJSON
                || format == SourceFormat.KML) {
            grid.addRow(row++, new Label(messages.get("import.encoding")), encoding);
        }
        if (format == SourceFormat.CSV || format == SourceFormat.XLSX) {
            grid.addRow(row++, new Label(messages.get("import.xColumn")), xColumn);
            grid.addRow(row++, new Label(messages.get("import.yColumn")), yColumn);
            grid.addRow(row++, new Label(messages.get("import.axisOrder")), axisOrder);
            grid.add(axesNote, 1, row++);
        }
        if (format == SourceFormat.GEOPACKAGE || choices.file().getFileName().toString().toLowerCase(
                java.util.Locale.ROOT).endsWith(".zip")) {
            grid.addRow(row++, new Label(messages.get("import.sourceLayer")), sourceLayer);
        }
        grid.addRow(row++, new Label(messages.get("import.crs")), new HBox(8, new Label("EPSG:"), crs, crsConfirmed));
        grid.add(crsNote, 1, row);
        previews = new VBox(4, new Label(messages.get("import.previewUnsure")),
                new Label("UTF-8"), previewUtf8, new Label("GB18030 (GBK)"), previewGb);
        previews.setId("importPreviews");
        previews.setVisible(false);
        previews.setManaged(false);
        getChildren().addAll(grid, summary, previews);
    }

    /** Shows the first rows read both ways (the detection was unsure). */
    void showPreviews(String utf8, String gb) {
        previewUtf8.setText(utf8);
        previewGb.setText(gb);
        previews.setVisible(true);
        previews.setManaged(true);
    }

    /** Shows what the file holds with the current options. */
    void showSchema(SourceSchema schema) {
        int epsg = schema.crs().epsg();
        if (crs.getText().isBlank()) {
            crs.setText(epsg > 0 ? String.valueOf(epsg == 4326 ? 4490 : epsg) : "");
        }
        boolean mustConfirm = schema.crs().certainty() == CrsCertainty.GUESSED
                || schema.crs().certainty() == CrsCertainty.AMBIGUOUS || schema.crs().certainty() == CrsCertainty.UNKNOWN;
        crsConfirmed.setVisible(mustConfirm);
        crsConfirmed.setSelected(!mustConfirm || crsConfirmed.isSelected());
        crsNote.setText(messages.format("import.crsNote." + schema.crs().certainty().name(),
                CrsNames.of(messages, schema.crs())));
        // Left empty, the box lets the detection decide; its prompt says what the detection found.
        encoding.setPromptText(schema.encoding() == null || schema.encoding().isBlank() ? ""
                : messages.format("import.encodingDetected", schema.encoding()));
        summary.setText(messages.format("import.summary", schema.name(),
                schema.countOrMinusOne() < 0 ? "?" : schema.countOrMinusOne(), schema.kind().name(),
                String.join(messages.get("import.fieldSeparator"), schema.fields().stream().map(f -> f.name()).toList()),
                schema.encoding()));
    }

    /**
     * For a CSV/XLSX table: offers its headers as coordinate columns (once), shows the columns taken (without reading
     * the file again: {@link #filling}) and says whether they were swapped.
     */
    void showTable(SourceLook look) {
        TableAxes axes = look.axes();
        if (axes == null) {
            return;
        }
        filling = true;
        try {
            if (xColumn.getItems().isEmpty()) {
                xColumn.getItems().setAll(look.headers());
                yColumn.getItems().setAll(look.headers());
            }
            if (xColumn.getValue() == null) {
                xColumn.setValue(axes.xColumn());
            }
            if (yColumn.getValue() == null) {
                yColumn.setValue(axes.yColumn());
            }
        } finally {
            filling = false;
        }
        String key = "import.axes." + (axes.detected() ? "" : "chosen.") + axes.order().name();
        axesNote.setText(messages.format(key, axes.xColumn(), axes.yColumn(), range(axes.asRead().getMinX(),
                axes.asRead().getMaxX()), range(axes.asRead().getMinY(), axes.asRead().getMaxY())));
    }

    private static String range(double min, double max) {
        return Double.isFinite(min) && min <= max
                ? String.format(java.util.Locale.ROOT, "%.3f–%.3f", min, max) : "–";
    }

    void showProblem(String text) {
        summary.setText(text);
    }

    /** The chosen encoding, or null when the detection should decide. */
    Charset chosenEncoding() {
        return encoding.getValue() == null ? null : Charset.forName(encoding.getValue());
    }

    /** The typed EPSG code, or 0 when empty or not a number. */
    int typedEpsg() {
        try {
            return crs.getText().isBlank() ? 0 : Integer.parseInt(crs.getText().trim().replaceFirst("(?i)^epsg:", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
