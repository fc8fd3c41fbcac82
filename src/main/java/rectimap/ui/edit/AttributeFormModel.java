package rectimap.ui.edit;

import java.text.DecimalFormat;
import java.time.LocalDate;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import rectimap.campaign.cases.CaseLifecycle;
import rectimap.campaign.cases.ClosingEvidence;
import rectimap.campaign.place.DivisionPlaces;
import rectimap.campaign.place.PlaceNames;
import rectimap.campaign.planning.DemolitionLifecycle;
import rectimap.campaign.planning.DemolitionSiteSchema;
import rectimap.campaign.planning.DemolitionStatus;
import rectimap.campaign.planning.FieldRule;
import rectimap.campaign.planning.PlanningSchemas;
import rectimap.campaign.planning.Requirement;
import rectimap.campaign.planning.SupervisionCaseSchema;
import rectimap.geo.Measure;
import rectimap.model.AttributeProblem;
import rectimap.model.DerivedFields;
import rectimap.model.Feature;
import rectimap.model.Field;
import rectimap.model.FieldType;
import rectimap.model.LayerInfo;
import rectimap.ui.Messages;
import rectimap.ui.UiLanguage;

/**
 * What the attribute form shows and accepts for one feature of one layer, without JavaFX: the rows (label, editor,
 * unit, required mark, initial text), the typed values of the texts the user entered, and why they cannot be stored
 * (type errors first, then {@link PlanningSchemas#validate} and, for a demolition site being edited, its lifecycle),
 * each reason in the UI language. Derived areas and
 * lengths are computed from the feature's geometry (EPSG:4490 lon/lat, ellipsoidal); a demolition site's due date
 * from its notice date and deadline. Immutable; safe from any thread.
 */
public final class AttributeFormModel {
    /** The demolition due date is computed (notice date + deadline days) by the layer rules, never typed. */
    private static final String DUE_DATE = "due_date";

    private final LayerInfo layer;
    private final Feature feature;
    private final Messages messages;
    private final List<FormRow> rows;
    private final FormPlaces places;
    private final ClosingEvidence evidence;
    private final FormPurpose purpose;

    /** A form whose place names are free text (no division list), as for a project without division layers. */
    public AttributeFormModel(LayerInfo layer, Feature feature, Messages messages) {
        this(layer, feature, messages, DivisionPlaces.none(), FormPurpose.EDIT);
    }

    /**
     * @param layer     the layer the feature belongs (or will belong) to
     * @param feature   the draft (attributes may be empty) or the current feature; its geometry feeds derived fields
     * @param divisions the project's official townships and villages: 乡镇/村 are picked from them and stored with
     *                  their codes; a NEW feature's empty place fields start as where it was drawn
     */
    public AttributeFormModel(LayerInfo layer, Feature feature, Messages messages, DivisionPlaces divisions,
                              FormPurpose purpose) {
        this(layer, feature, messages, divisions, purpose, ClosingEvidence.NOT_REQUIRED);
    }

    /**
     * As above; closing (销号) a 督办件 is refused in the form, while the user can still change it, unless
     * {@code evidence} knows its 整改后 photo (the planner's session: the form closed on OK and the refusal, cut short
     * in the status bar, took the typed 销号日期 and 销号说明 with it).
     */
    public AttributeFormModel(LayerInfo layer, Feature feature, Messages messages, DivisionPlaces divisions,
                              FormPurpose purpose, ClosingEvidence evidence) {
        this.evidence = Objects.requireNonNull(evidence, "evidence");
        this.purpose = purpose;
        this.layer = Objects.requireNonNull(layer, "layer");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.places = new FormPlaces(divisions, layer.type());
        this.feature = purpose == FormPurpose.NEW ? prefilled(Objects.requireNonNull(feature, "feature"), places)
                : Objects.requireNonNull(feature, "feature");
        Map<String, Object> derived = DerivedFields.recompute(layer.type(), feature.geometry(), feature.attributes());
        List<FormRow> built = new ArrayList<>();
        for (Field field : layer.type().fields()) {
            built.add(row(field, derived));
        }
        this.rows = List.copyOf(built);
    }

    private static Feature prefilled(Feature draft, FormPlaces places) {
        Map<String, Object> values = new LinkedHashMap<>(draft.attributes());
        places.drawnAt(draft.geometry()).forEach((field, name) -> {
            if (values.get(field) == null || values.get(field).toString().isBlank()) {
                values.put(field, name);
            }
        });
        return new Feature(draft.id(), draft.geometry(), values);
    }

    /** Official place names to offer for a place field while {@code typed} is entered (all when empty). */
    public List<String> placeChoices(String field, String typed, String townshipText) {
        return places.choices(field, typed, townshipText);
    }

    public LayerInfo layer() {
        return layer;
    }

    public Feature feature() {
        return feature;
    }

    /** One row per field, in column order. */
    public List<FormRow> rows() {
        return rows;
    }

    /** "新建 责任区" / "编辑 责任区" (English: "New 责任区" — layer titles are Chinese data). */
    public String title(FormPurpose purpose) {
        return messages.format(purpose == FormPurpose.NEW ? "form.titleNew" : "form.titleEdit", layer.title());
    }

    /**
     * Why the typed {@code texts} (column → text as entered; missing columns count as empty) cannot be stored: field →
     * reason in the UI language, in column order, empty when they can. Derived rows are ignored.
     */
    public Map<String, String> problems(Map<String, String> texts) {
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormRow row : rows) {
            if (!row.isEditable()) {
                continue;
            }
            ParsedText parsed = ValueText.parse(row.type(), texts.getOrDefault(row.field(), ""));
            if (parsed.ok()) {
                values.put(row.field(), parsed.value());
            } else {
                values.put(row.field(), null);
                problems.put(row.field(), messages.format(parsed.problem().messageKey(), row.label()));
            }
        }
        for (FormRow row : rows) {
            places.problem(row.field(), row.label(), texts, messages).ifPresent(p -> problems.putIfAbsent(row.field(), p));
        }
        boolean english = messages.language() == UiLanguage.EN;
        for (AttributeProblem problem : PlanningSchemas.validate(layer.type(), completed(values))) {
            if (rowOf(problem.field()).filter(FormRow::isEditable).isPresent()) {
                problems.putIfAbsent(problem.field(), problem.label(english));
            }
        }
        statusMoveProblem(values).ifPresent(p -> problems.putIfAbsent(p.field(), p.label(english)));
        if (layer.tableName().equals(SupervisionCaseSchema.TABLE)) {
            CaseLifecycle.evidenceProblem(purpose == FormPurpose.NEW ? null : feature.attributes(), values,
                    feature.id(), evidence)
                    .ifPresent(p -> problems.putIfAbsent(p.field(), p.label(english)));
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        rows.stream().filter(r -> problems.containsKey(r.field()))
                .forEach(r -> ordered.put(r.field(), problems.get(r.field())));
        return ordered;
    }

    /**
     * The typed values of {@code texts} for every non-derived field, in column order (empty text → null), with
     * rule-computed fields (a demolition due date) filled in.
     *
     * @throws IllegalArgumentException when {@link #problems} is not empty
     */
    public Map<String, Object> values(Map<String, String> texts) {
        Map<String, String> problems = problems(texts);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid attribute values: " + problems);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormRow row : rows) {
            if (row.isEditable()) {
                values.put(row.field(), ValueText.parse(row.type(), texts.getOrDefault(row.field(), "")).value());
            }
        }
        return completed(places.withCodes(values, texts));
    }

    /**
     * The read-only figure of a derived row given the current texts: unchanged for geometry-derived rows, the due
     * date recomputed while notice date and deadline are typed; "" for other rows.
     */
    public String derivedText(String field, Map<String, String> texts) {
        Optional<FormRow> row = rowOf(field).filter(r -> !r.isEditable());
        if (row.isEmpty()) {
            return "";
        }
        if (isDueDate(field)) {
            return dueDateText(texts);
        }
        if (places.isCode(field)) {
            // With a division list the code always follows the typed name ("—" while it is no official name).
            return places.code(field, texts).orElse(places.isPlace(PlaceNames.TOWNSHIP) ? messages.get("form.noFigure")
                    : row.get().text());
        }
        return row.get().text();
    }

    /** The initial texts of the editable rows, column → text, for a view to start from. */
    public Map<String, String> initialTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        rows.stream().filter(FormRow::isEditable).forEach(r -> texts.put(r.field(), r.text()));
        return texts;
    }

    public Optional<FormRow> rowOf(String field) {
        return rows.stream().filter(r -> r.field().equals(field)).findFirst();
    }

    private FormRow row(Field field, Map<String, Object> derived) {
        Optional<FieldRule> rule = PlanningSchemas.rules(layer.type()).stream()
                .filter(r -> r.field().equals(field.name())).findFirst();
        String label = rule.map(messages::label)
                .orElseGet(() -> messages.fieldLabel(field.name()));
        String unit = rule.map(FieldRule::unit).orElse("");
        Requirement requirement = rule.map(FieldRule::requirement).orElse(Requirement.OPTIONAL);
        List<String> choices = rule.map(FieldRule::choices).orElse(List.of());
        if (field.isDerived()) {
            return new FormRow(field.name(), label, field.type(), EditorKind.DERIVED, List.of(), unit,
                    Requirement.OPTIONAL, derivedFigure(field, derived.get(field.name())));
        }
        if (isDueDate(field.name())) {
            Map<String, String> texts = new LinkedHashMap<>();
            feature.attributes().forEach((k, v) -> texts.put(k, ValueText.format(v)));
            return new FormRow(field.name(), label, field.type(), EditorKind.DERIVED, List.of(), "",
                    Requirement.OPTIONAL, dueDateText(texts));
        }
        if (places.isCode(field.name())) {
            Map<String, String> texts = new LinkedHashMap<>();
            feature.attributes().forEach((k, v) -> texts.put(k, ValueText.format(v)));
            return new FormRow(field.name(), label, field.type(), EditorKind.DERIVED, List.of(), "",
                    Requirement.OPTIONAL, places.code(field.name(), texts).orElse(texts.getOrDefault(field.name(),
                    "")));
        }
        EditorKind kind = places.isPlace(field.name()) ? EditorKind.PLACE : !choices.isEmpty() ? EditorKind.CHOICE
                : switch (field.type()) {
            case DATE -> EditorKind.DATE;
            case INTEGER, REAL -> EditorKind.NUMBER;
            case TEXT -> EditorKind.TEXT;
        };
        return new FormRow(field.name(), label, field.type(), kind, choices, unit, requirement,
                ValueText.format(feature.get(field.name())));
    }

    private String dueDateText(Map<String, String> texts) {
        Object notice = ValueText.parse(FieldType.DATE, texts.getOrDefault("notice_date", "")).value();
        Object days = ValueText.parse(FieldType.INTEGER, texts.getOrDefault("deadline_days", ""))
                .value();
        return notice instanceof LocalDate date && days instanceof Long d
                ? ValueText.format(DemolitionLifecycle.dueDate(date, d)) : messages.get("form.dueDatePending");
    }

    /** "12,345 m² / 18.5 亩 / 1.23 公顷", "1,234.5 m / 1.235 km", or "—" when the geometry has no area/length. */
    private String derivedFigure(Field field, Object value) {
        if (!(value instanceof Double number)) {
            return messages.get("form.noFigure");
        }
        return switch (field.derivation()) {
            case AREA_M2 -> messages.format("form.areaFigure", number(number, "#,##0.0"),
                    number(Measure.m2ToMu(number), "#,##0.00"),
                    number(Measure.m2ToHectares(number), "#,##0.0000"));
            case AREA_MU -> messages.format("form.muFigure", number(number, "#,##0.00"));
            case LENGTH_M -> messages.format("form.lengthFigure", number(number, "#,##0.0"),
                    number(number / 1000.0, "#,##0.000"));
            case NONE -> ValueText.format(value);
        };
    }

    /** A demolition site may only move along its lifecycle (发现 → 公告 → …); a new site has no status to move from. */
    private Optional<AttributeProblem> statusMoveProblem(Map<String, Object> values) {
        if (!layer.tableName().equals(DemolitionSiteSchema.TABLE)) {
            return Optional.empty();
        }
        Optional<DemolitionStatus> from = DemolitionStatus.fromLabel(feature.text("status"));
        Optional<DemolitionStatus> to = DemolitionStatus.fromLabel(String.valueOf(values.get("status")));
        return from.isPresent() && to.isPresent() ? DemolitionLifecycle.moveProblem(from.get(), to.get())
                : Optional.empty();
    }

    private boolean isDueDate(String field) {
        return layer.tableName().equals(DemolitionSiteSchema.TABLE) && field.equals(DUE_DATE);
    }

    private Map<String, Object> completed(Map<String, Object> values) {
        return layer.tableName().equals(DemolitionSiteSchema.TABLE) && layer.type().field(DUE_DATE).isPresent()
                ? DemolitionLifecycle.withDueDate(values) : values;
    }

    private static String number(double value, String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
