package rectimap.ui.print;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import rectimap.ui.Messages;

/**
 * File → 打印…: the sheet designer. The form ({@link SheetControls}) on the left, a live preview of the page in the
 * middle (drawn off the FX thread, newest request wins), the expected page count and file size, and 导出 PDF…,
 * 导出 PNG…, 打印… ({@link PrintActions}). The design is read from the project's settings when the dialog opens and
 * written back when it closes or exports. FX thread.
 */
public final class PrintDialog {
    /** The preview image's longest side in pixels (the page is drawn to fit this box). */
    static final int PREVIEW_PX = 900;

    private final Stage stage = new Stage();
    private final Messages messages;
    private final PrintContext context;
    private final SheetTitles titles;
    private final SheetControls controls;
    private final SheetOutput output;
    private final ImageView preview = new ImageView();
    private final Label pages = new Label();
    private final Label estimate = new Label();
    private final NewestOnly<Image> previews;
    private final NewestOnly<String> estimates;
    private final PrintActions actions;
    private SheetDesign design;
    private long previewsShown;

    private PrintDialog(Window owner, Messages messages, PrintContext context) {
        this.messages = messages;
        this.context = context;
        PrintPlaces places = new PrintPlaces(context.project());
        titles = new SheetTitles(places, context.viewTownship(places), messages.language().locale());
        output = new PrintCore(context.layers(), context.rasters(), problem -> javafx.application.Platform.runLater(
                () -> estimate.setText(problem.sentence(messages.language().locale()))), context.project());
        controls = new SheetControls(messages, places, titles.viewTownship());
        design = context.settings().read(SheetDesignText.SETTING_KEY).map(SheetDesignText::read)
                .orElseGet(SheetDesign::defaults);
        controls.show(design, today());
        previews = new NewestOnly<>("print-preview", this::showPreview, this::previewFailed);
        estimates = new NewestOnly<>("print-estimate", estimate::setText,
                e -> estimate.setText(messages.format("print.previewFailed", e.getMessage())));
        actions = new PrintActions(stage, messages, output, this::plannedSheets, () -> design);
        stage.initOwner(owner);
        stage.setTitle(messages.get("print.title"));
        stage.setScene(scene());
        stage.setOnHidden(e -> {
            remember();
            previews.close();
            estimates.close();
        });
        controls.setOnChange(this::changed);
        changed();
    }

    /** Opens the designer for {@code context} over {@code owner}. */
    public static PrintDialog open(Window owner, Messages messages, PrintContext context) {
        PrintDialog dialog = new PrintDialog(owner, messages, context);
        dialog.stage.show();
        return dialog;
    }

    public Stage stage() {
        return stage;
    }

    /** The design the form shows now. */
    public SheetDesign design() {
        return design;
    }

    /** The check every export and print passes first (e.g. open coverage problems); none by default. */
    public void setGate(ActionGate gate) {
        actions.setGate(gate);
    }

    /** Where exports go (the system's choosers unless a test gives its own). */
    public void setTargetChooser(TargetChooser chooser) {
        actions.setTargetChooser(chooser);
    }

    /** How many preview images have been shown so far (tests wait for the next one). */
    public long previewsShown() {
        return previewsShown;
    }

    private Scene scene() {
        ScrollPane form = new ScrollPane(controls);
        form.setFitToWidth(true);
        form.setPadding(new Insets(10));
        form.setPrefWidth(380);
        form.setId("printForm");
        preview.setId("printPreview");
        preview.setPreserveRatio(true);
        preview.setSmooth(true);
        preview.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.45), 12, 0.2, 2, 3);");
        StackPane page = new StackPane(preview);
        page.setId("printPreviewPane");
        page.setStyle("-fx-background-color: #6b6f74;");
        page.setMinSize(200, 200);
        preview.fitWidthProperty().bind(page.widthProperty().subtract(40));
        preview.fitHeightProperty().bind(page.heightProperty().subtract(40));
        pages.setId("printPages");
        estimate.setId("printEstimate");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        ProgressBar progress = actions.progress();
        HBox info = new HBox(12, pages, estimate, gap, actions.status(), progress);
        info.setAlignment(Pos.CENTER_LEFT);
        Button close = new Button(messages.get("print.close"));
        close.setId("printClose");
        close.setOnAction(e -> stage.hide());
        HBox buttons = new HBox(8, actions.exportPdf(), actions.exportPng(), actions.print(), actions.cancel(), close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        BorderPane bottom = new BorderPane(null, info, null, buttons, null);
        bottom.setPadding(new Insets(8, 10, 10, 10));
        BorderPane root = new BorderPane(page, null, null, bottom, form);
        root.setId("printRoot");
        root.setStyle("-fx-font-family: '" + context.fontFamily() + "';");
        root.getProperties().put(PrintDialog.class, this);
        Scene scene = new Scene(root, 1280, 860);
        scene.getStylesheets().add(Messages.class.getResource("theme.css").toExternalForm());
        return scene;
    }

    /** After every change in the form: new derived texts, a new preview and a new size estimate. */
    private void changed() {
        design = controls.design(today());
        controls.enableFor(design);
        controls.showDerived(titles.derivedTitle(design), titles.derivedSubtitle(), titles.derivedCompilingUnit());
        SheetDesign asked = design;
        List<PlannedSheet> sheets = plannedSheets();
        pages.setText(messages.format("print.pages", sheets.size()));
        estimate.setText(messages.get("print.estimating"));
        actions.status().setText(messages.get("print.previewing"));
        PlannedSheet first = SheetPlans.preview(asked, titles, context.viewExtent(), today());
        previews.request(() -> {
            double dpi = Math.min(PREVIEW_PX / (asked.pageWidthMm() / 25.4), PREVIEW_PX / (asked.pageHeightMm() / 25.4));
            return SwingFXUtils.toFXImage(output.image(first, dpi), null);
        });
        estimates.request(() -> messages.format("print.estimate",
                bytes(output.expectedPdfBytes(sheets, asked.preset())),
                bytes(output.expectedPngBytes(sheets, output.pngDpi(first, asked.preset())))));
    }

    private List<PlannedSheet> plannedSheets() {
        return SheetPlans.of(design, titles, context.viewExtent(), today());
    }

    private void showPreview(Image image) {
        preview.setImage(image);
        previewsShown++;
        sayUnlessExporting("");
    }

    private void previewFailed(Exception failure) {
        sayUnlessExporting(messages.format("print.previewFailed", PrintCore.reason(failure, messages)));
    }

    /** A preview that arrives while an export runs leaves the export's progress line (bound to its task) alone. */
    private void sayUnlessExporting(String text) {
        if (!actions.status().textProperty().isBound()) {
            actions.status().setText(text);
        }
    }

    /** Keeps the design in the project file (in order with its edits; the dialog never waits for it). */
    private void remember() {
        context.settings().write(SheetDesignText.SETTING_KEY, SheetDesignText.write(design));
    }

    private static LocalDate today() {
        return LocalDate.now();
    }

    /** 1234567 → "1.2 MB". */
    static String bytes(long count) {
        if (count < 1024 * 1024) {
            return Math.max(1, Math.round(count / 1024.0)) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", count / (1024.0 * 1024.0));
    }

    /** The dialog showing in {@code root}'s scene, if this is one (tests reach it through the window). */
    public static Optional<PrintDialog> of(javafx.scene.Node root) {
        return Optional.ofNullable((PrintDialog) root.getProperties().get(PrintDialog.class));
    }
}
