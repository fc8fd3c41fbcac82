package rectimap.ui.print;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import rectimap.print.ExportPreset;
import rectimap.print.Orientation;
import rectimap.print.Paper;
import rectimap.print.SheetElement;
import rectimap.print.SheetSpec;
import rectimap.ui.Messages;

/**
 * The designer's form: paper, orientation, title, subtitle, extent and its place pickers, scale, sheet elements,
 * compiling unit and date, atlas and preset, each with a stable {@code #id}. Reads and shows a {@link SheetDesign};
 * {@code onChange} runs after every user change. FX thread.
 */
final class SheetControls extends GridPane {
    final ComboBox<Paper> paper = combo("printPaper", List.of(Paper.values()));
    final ComboBox<Orientation> orientation = combo("printOrientation", List.of(Orientation.values()));
    final TextField title = text("printTitle");
    final TextField subtitle = text("printSubtitle");
    final ComboBox<ExtentChoice> extent = combo("printExtent", List.of(ExtentChoice.values()));
    final ComboBox<SheetPlace> township = combo("printTownship", List.of());
    final ComboBox<SheetPlace> village = combo("printVillage", List.of());
    final ComboBox<SheetPlace> site = combo("printSite", List.of());
    final ComboBox<Double> scale;
    final Map<SheetElement, CheckBox> elements = new EnumMap<>(SheetElement.class);
    final TextField compilingUnit = text("printCompilingUnit");
    final DatePicker date = new DatePicker();
    final ComboBox<AtlasChoice> atlas = combo("printAtlas", List.of(AtlasChoice.values()));
    final ComboBox<AtlasFiles> atlasFiles = combo("printAtlasFiles", List.of(AtlasFiles.values()));
    final ComboBox<ExportPreset> preset = combo("printPreset", List.of(ExportPreset.values()));
    private final Messages messages;
    private final PrintPlaces places;
    private Runnable onChange = () -> { };
    /** True while {@link #show} fills the controls, so that filling them is not taken for a user's change. */
    private boolean filling;
    private int row;

    /**
     * @param preferredTownship picked when the user turns to a township or village sheet with none picked yet (the
     *                          township the map view is in), else the first township
     */
    SheetControls(Messages messages, PrintPlaces places, java.util.Optional<SheetPlace> preferredTownship) {
        this.messages = messages;
        this.places = places;
        setId("printControls");
        setHgap(8);
        setVgap(6);
        named(paper, p -> p.name());
        named(orientation, o -> messages.get("print.orientation." + o.name()));
        named(extent, e -> messages.get("print.extent." + e.name()));
        named(atlas, a -> messages.get("print.atlas." + a.name()));
        named(atlasFiles, f -> messages.get("print.atlasFiles." + f.name()));
        named(preset, p -> messages.get("print.preset." + p.name()));
        List<Double> scales = new java.util.ArrayList<>(List.of(0.0));
        SheetSpec.NICE_SCALES.forEach(s -> scales.add(s.doubleValue()));
        scale = combo("printScale", scales);
        named(scale, s -> s == 0 ? messages.get("print.scale.fitted") : "1:" + String.format("%,d", Math.round(s)));
        township.getItems().setAll(places.townships());
        site.getItems().setAll(places.sites());
        date.setId("printDate");
        // ISO dates (2026-11-29) in both languages: what the sheet prints, and no US month-first order.
        date.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        add("print.paper", paper);
        add("print.orientation", orientation);
        add("print.sheetTitle", title);
        add("print.sheetSubtitle", subtitle);
        add("print.extent", extent);
        add("print.township", township);
        add("print.village", village);
        add("print.site", site);
        add("print.scale", scale);
        Label elementsLabel = new Label(messages.get("print.elements"));
        add(elementsLabel, 0, row++, 2, 1);
        for (SheetElement element : SheetElement.values()) {
            CheckBox box = new CheckBox(messages.get("print.element." + element.name()));
            box.setId("printElement" + element.name());
            box.selectedProperty().addListener((o, a, b) -> changed());
            elements.put(element, box);
            add(box, 0, row++, 2, 1);
        }
        add("print.compilingUnit", compilingUnit);
        add("print.date", date);
        add("print.atlas", atlas);
        add("", atlasFiles);
        add("print.preset", preset);
        township.valueProperty().addListener((o, before, now) -> {
            if (!filling) {
                fillVillages(now, "");
            }
        });
        date.valueProperty().addListener((o, a, b) -> changed());
        // Turning to a township, village or site sheet picks a place at once, so the preview never shows "nothing".
        SheetPlace firstTownship = preferredTownship.orElse(places.townships().isEmpty() ? null
                : places.townships().get(0));
        extent.valueProperty().addListener((o, before, now) -> {
            if (filling || now == null) {
                return;
            }
            if ((now == ExtentChoice.TOWNSHIP || now == ExtentChoice.VILLAGE) && township.getValue() == null) {
                township.setValue(firstTownship);
            }
            if (now == ExtentChoice.DEMONSTRATION_SITE && site.getValue() == null && !site.getItems().isEmpty()) {
                site.setValue(site.getItems().get(0));
            }
        });
        atlas.valueProperty().addListener((o, before, now) -> {
            if (!filling && now == AtlasChoice.VILLAGES_OF_TOWNSHIP && township.getValue() == null) {
                township.setValue(firstTownship);
            }
        });
    }

    void setOnChange(Runnable action) {
        onChange = action;
    }

    /** Shows {@code design}; {@code today} is shown when it has no date. */
    void show(SheetDesign design, LocalDate today) {
        filling = true;
        try {
            paper.setValue(design.paper());
            orientation.setValue(design.orientation());
            title.setText(design.customTitle());
            subtitle.setText(design.customSubtitle());
            extent.setValue(design.extent());
            township.setValue(places.byCode(design.townshipCode()).orElse(null));
            fillVillages(township.getValue(), design.villageCode());
            site.setValue(site.getItems().stream().filter(p -> p.code().equals(design.siteCode())).findFirst()
                    .orElse(null));
            scale.setValue((double) design.scaleDenominator());
            elements.forEach((element, box) -> box.setSelected(design.elements().contains(element)));
            compilingUnit.setText(design.customCompilingUnit());
            date.setValue(design.date() == null ? today : design.date());
            atlas.setValue(design.atlas());
            atlasFiles.setValue(design.atlasFiles());
            preset.setValue(design.preset());
        } finally {
            filling = false;
        }
        enableFor(design);
    }

    /** The design the controls show; a date equal to {@code today} is stored as "the day of export". */
    SheetDesign design(LocalDate today) {
        java.util.Set<SheetElement> shown = java.util.EnumSet.noneOf(SheetElement.class);
        elements.forEach((element, box) -> {
            if (box.isSelected()) {
                shown.add(element);
            }
        });
        LocalDate picked = date.getValue();
        return new SheetDesign(paper.getValue(), orientation.getValue(), title.getText(), subtitle.getText(),
                extent.getValue(), code(township.getValue()), code(village.getValue()), code(site.getValue()),
                scale.getValue() == null ? 0 : (int) Math.round(scale.getValue()), shown, compilingUnit.getText(),
                picked == null || picked.equals(today) ? null : picked, atlas.getValue(), atlasFiles.getValue(),
                preset.getValue());
    }

    /** Shows the derived texts as prompts, so an empty field says what the sheet will print. */
    void showDerived(String derivedTitle, String derivedSubtitle, String derivedUnit) {
        title.setPromptText(messages.format("print.derivedPrompt", derivedTitle));
        subtitle.setPromptText(messages.format("print.derivedPrompt", derivedSubtitle));
        compilingUnit.setPromptText(messages.format("print.derivedPrompt", derivedUnit));
    }

    /** Enables the pickers the extent and atlas need. */
    void enableFor(SheetDesign design) {
        boolean townshipNeeded = design.extent() == ExtentChoice.TOWNSHIP || design.extent() == ExtentChoice.VILLAGE
                || design.atlas() == AtlasChoice.VILLAGES_OF_TOWNSHIP;
        township.setDisable(!townshipNeeded);
        village.setDisable(design.extent() != ExtentChoice.VILLAGE);
        site.setDisable(design.extent() != ExtentChoice.DEMONSTRATION_SITE);
        atlasFiles.setDisable(design.atlas() == AtlasChoice.SINGLE_SHEET);
    }

    private void fillVillages(SheetPlace town, String selectedCode) {
        village.getItems().setAll(town == null ? List.of() : places.villagesOf(town.code()));
        village.setValue(village.getItems().stream().filter(v -> v.code().equals(selectedCode)).findFirst()
                .orElse(village.getItems().isEmpty() ? null : village.getItems().get(0)));
    }

    private void changed() {
        if (!filling) {
            onChange.run();
        }
    }

    private void add(String labelKey, javafx.scene.Node control) {
        add(new Label(labelKey.isEmpty() ? "" : messages.get(labelKey)), 0, row);
        add(control, 1, row++);
        if (control instanceof javafx.scene.control.Control c) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
    }

    private <T> ComboBox<T> combo(String id, List<T> items) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(items));
        box.setId(id);
        box.valueProperty().addListener((o, a, b) -> changed());
        return box;
    }

    private TextField text(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(22);
        field.textProperty().addListener((o, a, b) -> changed());
        return field;
    }

    private static <T> void named(ComboBox<T> box, Function<T, String> name) {
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
    }

    private static String code(SheetPlace place) {
        return place == null ? "" : place.code();
    }
}
