package rectimap.campaign.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import rectimap.model.Feature;

/**
 * The sample's 村隶属调整 history: the summary records that on 26 July "运城经济开发区把35个村移交我区". It does not
 * list the villages, so the sample takes the 35 村委会 (outside the 开发区 itself) nearest to the 开发区's schematic
 * seat, each moving from 运城经济技术开发区 (140802404000) to the township the 2022 division list puts it in,
 * effective 2026-07-26 (the sample's campaign year). Names and codes are real; the choice of villages is 示意.
 */
final class SampleJurisdictionChanges {
    static final String DEVELOPMENT_ZONE = "140802404000";
    static final LocalDate HANDOVER = LocalDate.of(2026, 7, 26);
    static final int HANDED_OVER = 35;

    private SampleJurisdictionChanges() {
    }

    static List<Feature> build(SampleReference reference) {
        Feature zone = reference.township(DEVELOPMENT_ZONE);
        Geometry seat = reference.metres(zone.geometry().getFactory().createPoint(new org.locationtech.jts.geom
                .Coordinate((Double) zone.get("seat_lon"), (Double) zone.get("seat_lat"))));
        List<Feature> nearest = reference.villages().stream()
                .filter(v -> v.text("kind").equals("村委会") && !v.text("township_code").equals(DEVELOPMENT_ZONE))
                .sorted(Comparator.comparingDouble((Feature v) -> reference.metres(v.geometry()).distance(seat))
                        .thenComparing(v -> v.text("code")))
                .limit(HANDED_OVER).sorted(Comparator.comparing(v -> v.text("code"))).toList();
        List<Feature> changes = new ArrayList<>();
        for (Feature village : nearest) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("village_code", village.text("code"));
            values.put("village", village.text("name"));
            values.put("from_code", DEVELOPMENT_ZONE);
            values.put("from_township", zone.text("name"));
            values.put("to_code", village.text("township_code"));
            values.put("to_township", village.text("township"));
            values.put("effective", HANDOVER);
            values.put("note", "示意：总结记载7月26日开发区移交35个村，未列村名；此处取离开发区示意驻地最近的35个村委会");
            changes.add(new Feature(changes.size() + 1, village.geometry(), values));
        }
        return changes;
    }
}
