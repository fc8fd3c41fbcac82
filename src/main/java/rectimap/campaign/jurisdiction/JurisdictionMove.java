package rectimap.campaign.jurisdiction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import rectimap.campaign.planning.JurisdictionChangeSchema;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;
import rectimap.model.MapLayer;
import rectimap.model.Project;

/**
 * Moving villages to another township from a date (调整隶属): one undoable step that adds one
 * {@code jurisdiction_change} row per village, placed at the village, named e.g. "调整隶属 3 个村 → 解州镇(2026-12-01 起)".
 * The village layer itself is reference data and stays as it is; {@link JurisdictionHistory} answers by date. Pure.
 */
public record JurisdictionMove(List<String> villageCodes, String toTownshipCode, LocalDate effective, String note) {
    public static final String TOWNSHIP_TABLE = "township";

    public JurisdictionMove {
        villageCodes = List.copyOf(villageCodes);
        Objects.requireNonNull(toTownshipCode, "toTownshipCode");
        Objects.requireNonNull(effective, "effective");
        note = note == null ? "" : note;
    }

    /**
     * The step for {@code project}.
     *
     * @throws MoveRefused when no village is given, the project has no change layer, a village or the township is
     *                     unknown, a village already belongs to the township on that date, or a village already has a
     *                     change on or after that date (changes are recorded in date order)
     */
    public ChangeSet build(Project project) throws MoveRefused {
        if (villageCodes.isEmpty()) {
            throw new MoveRefused("请先选择要调整隶属的村", "select the villages to move first");
        }
        MapLayer changes = project.layer(JurisdictionChangeSchema.TABLE).orElseThrow(() -> new MoveRefused(
                "项目中没有“村隶属调整”图层", "the project has no jurisdiction-change layer"));
        String toName = byCode(project, TOWNSHIP_TABLE, toTownshipCode).map(t -> t.text("name"))
                .orElseThrow(() -> new MoveRefused("没有代码为 " + toTownshipCode + " 的乡镇",
                        "no township has code " + toTownshipCode));
        JurisdictionHistory history = JurisdictionHistory.of(project);
        long nextId = changes.layer().features().stream().mapToLong(Feature::id).max().orElse(0) + 1;
        List<FeatureChange> added = new ArrayList<>();
        for (String code : villageCodes) {
            Feature village = byCode(project, JurisdictionHistory.VILLAGE_TABLE, code).orElseThrow(() ->
                    new MoveRefused("没有代码为 " + code + " 的村", "no village has code " + code));
            String name = village.text("name");
            String from = history.townshipOf(code, effective).orElse("");
            if (from.equals(toTownshipCode)) {
                throw new MoveRefused(name + " 在 " + effective + " 已属于 " + toName,
                        name + " already belongs to " + toName + " on " + effective);
            }
            Optional<JurisdictionChange> later = history.changesOf(code).stream()
                    .filter(c -> !c.effective().isBefore(effective)).findFirst();
            if (later.isPresent()) {
                throw new MoveRefused(name + " 已有 " + later.get().effective() + " 生效的隶属调整，新调整须晚于该日期",
                        name + " already has a change effective " + later.get().effective()
                                + "; a new one must be later");
            }
            String fromName = byCode(project, TOWNSHIP_TABLE, from).map(t -> t.text("name")).orElse("");
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("village_code", code);
            values.put("village", name);
            values.put("from_code", from);
            values.put("from_township", fromName);
            values.put("to_code", toTownshipCode);
            values.put("to_township", toName);
            values.put("effective", effective);
            values.put("note", note.isBlank() ? null : note);
            added.add(FeatureChange.added(JurisdictionChangeSchema.TABLE,
                    new Feature(nextId++, pointOf(village), values)));
        }
        String first = added.get(0).after().text("village");
        String what = added.size() == 1 ? first : added.size() + " 个村";
        return new ChangeSet("调整隶属 " + what + " → " + toName + "（" + effective + " 起）", added);
    }

    private static org.locationtech.jts.geom.Geometry pointOf(Feature village) {
        if (village.geometry() instanceof org.locationtech.jts.geom.Point point) {
            return point;
        }
        org.locationtech.jts.geom.Point inside = village.geometry().getInteriorPoint();
        inside.setSRID(village.geometry().getSRID());
        return inside;
    }

    private static Optional<Feature> byCode(Project project, String table, String code) {
        return project.layer(table).flatMap(l -> l.layer().features().stream()
                .filter(f -> f.text("code").equals(code)).findFirst());
    }
}
