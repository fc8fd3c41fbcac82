package rectimap.campaign.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;
import rectimap.campaign.planning.ResponsibilityAreaSchema;
import rectimap.geo.PolygonMerge;
import rectimap.model.Feature;

/**
 * Sample 责任区: a district leader for every township but the 开发区 (left open, so the coverage check has a gap to
 * show; the 开发区 is run by its own committee), three 解州镇 cadres for their villages (each the
 * part of the township nearest its village, so the cadre areas tile without overlap), 启迪桑德's service area over
 * 中城街道 and 南城街道, and a patrol belt 800 m round the salt lake.
 */
final class SampleResponsibilityAreas {
    private static final String JIEZHOU = "140802100000";
    private static final String LONGJU = "140802101000";
    private static final String ZHONGCHENG = "140802001000";
    private static final String NANCHENG = "140802004000";
    /** 常平村, 蚕坊村 and 董家庄村 of 解州镇. */
    private static final List<String> CADRE_VILLAGES = List.of("140802100201", "140802100202", "140802100203");
    private static final String[] CADRES = {"张某", "李某", "王某"};
    /** Surnames of the other township leaders (四大班子 members), one per township in list order; names are 示意. */
    private static final String[] LEADERS = {"杨", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭",
        "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐"};
    private static final String[] LEADER_UNITS = {"中共盐湖区委", "盐湖区人大常委会", "盐湖区人民政府", "政协盐湖区委员会"};

    private SampleResponsibilityAreas() {
    }

    static List<Feature> build(SampleReference reference) {
        List<Feature> areas = new ArrayList<>();
        Feature longju = reference.township(LONGJU);
        areas.add(SamplePlanning.feature(areas.size() + 1, longju.geometry(), "kind",
                ResponsibilityAreaSchema.KIND_LEADER_TOWNSHIP, "person", "刘某", "unit", "盐湖区人民政府",
                "township", longju.text("name"), "town_code", LONGJU, "since", LocalDate.of(2026, 3, 1),
                "note", "示意：区领导包乡镇，范围取乡镇示意边界"));
        int leader = 0;
        for (Feature township : reference.townships()) {
            String code = township.text("code");
            if (code.equals(LONGJU) || code.equals(SampleJurisdictionChanges.DEVELOPMENT_ZONE)) {
                continue;
            }
            areas.add(SamplePlanning.feature(areas.size() + 1, township.geometry(), "kind",
                    ResponsibilityAreaSchema.KIND_LEADER_TOWNSHIP, "person", LEADERS[leader] + "某",
                    "unit", LEADER_UNITS[leader % LEADER_UNITS.length], "township", township.text("name"),
                    "town_code", code, "since", LocalDate.of(2026, 3, 1), "note", "示意：区领导包乡镇，范围取乡镇示意边界"));
            leader++;
        }

        Feature jiezhou = reference.township(JIEZHOU);
        Map<String, Geometry> cells = nearestVillageCells(reference, jiezhou);
        for (int i = 0; i < CADRE_VILLAGES.size(); i++) {
            Feature village = reference.village(CADRE_VILLAGES.get(i));
            areas.add(SamplePlanning.feature(areas.size() + 1, cells.get(village.text("code")), "kind",
                    ResponsibilityAreaSchema.KIND_CADRE_VILLAGE, "person", CADRES[i], "unit", "解州镇人民政府",
                    "township", jiezhou.text("name"), "village", village.text("name"),
                    "town_code", JIEZHOU, "vill_code", village.text("code"),
                    "since", LocalDate.of(2026, 3, 15), "note", "示意：乡镇干部包村，范围为离该村最近的镇域部分"));
        }

        Geometry city = PolygonMerge.union(List.of(reference.township(ZHONGCHENG).geometry(),
                reference.township(NANCHENG).geometry()));
        areas.add(SamplePlanning.feature(areas.size() + 1, city, "kind", ResponsibilityAreaSchema.KIND_CONTRACTOR,
                "person", "陈某", "unit", "启迪桑德", "since", LocalDate.of(2026, 1, 1),
                "note", "示意：保洁公司服务区（中城街道、南城街道）"));

        Geometry lakeM = reference.metres(reference.saltLake().geometry());
        Geometry belt = reference.lonLat(lakeM.buffer(800, 8).difference(lakeM));
        areas.add(SamplePlanning.feature(areas.size() + 1, belt, "kind", ResponsibilityAreaSchema.KIND_PATROL,
                "person", "赵某", "unit", "盐湖区城市管理综合行政执法局", "since", LocalDate.of(2026, 4, 1),
                "note", "示意：盐湖周边800米巡逻片区"));
        return areas;
    }

    /** Each village's nearest part of the township (Voronoi cell in metres clipped to it), lon/lat, by code. */
    private static Map<String, Geometry> nearestVillageCells(SampleReference reference, Feature township) {
        List<Feature> villages = reference.villagesOf(township.text("code"));
        Geometry townshipM = reference.metres(township.geometry());
        MultiPoint sites = townshipM.getFactory().createMultiPoint(villages.stream()
                .map(v -> reference.metres(v.geometry()).getCoordinate()).toArray(Coordinate[]::new));
        VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
        voronoi.setSites(sites);
        voronoi.setClipEnvelope(townshipM.getEnvelopeInternal());
        GeometryCollection diagram = (GeometryCollection) voronoi.getDiagram(townshipM.getFactory());
        Map<String, Geometry> cells = new java.util.LinkedHashMap<>();
        for (int c = 0; c < diagram.getNumGeometries(); c++) {
            Geometry cell = diagram.getGeometryN(c);
            for (Feature village : villages) {
                if (cell.contains(reference.metres(village.geometry()))) {
                    cells.put(village.text("code"), reference.lonLat(cell.intersection(townshipM)));
                }
            }
        }
        return cells;
    }
}
