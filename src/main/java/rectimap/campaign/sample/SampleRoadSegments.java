package rectimap.campaign.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.linearref.LengthIndexedLine;
import rectimap.model.Feature;

/**
 * Sample 道路责任段: stretches of three entrance roads, each the responsibility of a district department
 * (部门包段), cut from the sample road at fixed fractions of its length and labelled by chainage (K1+200).
 */
final class SampleRoadSegments {
    private SampleRoadSegments() {
    }

    private record Stretch(String road, String department, double fromFraction, double toFraction) {
    }

    private static final List<Stretch> STRETCHES = List.of(
            new Stretch("运临路", "区交通运输局", 0.0, 0.5),
            new Stretch("运稷路", "区住房和城乡建设局", 0.1, 0.6),
            new Stretch("运永路", "区城市管理局", 0.0, 0.4));

    static List<Feature> build(SampleReference reference) {
        List<Feature> segments = new ArrayList<>();
        for (Stretch stretch : STRETCHES) {
            Geometry roadM = reference.metres(reference.road(stretch.road()).geometry());
            // the sample roads are single-part: the stretch is measured along the first (only) line
            LengthIndexedLine line = new LengthIndexedLine(roadM.getGeometryN(0));
            double lengthM = roadM.getGeometryN(0).getLength();
            double fromM = lengthM * stretch.fromFraction();
            double toM = lengthM * stretch.toFraction();
            LineString piece = (LineString) line.extractLine(fromM, toM);
            Geometry lonLat = reference.lonLat(piece);
            segments.add(SamplePlanning.feature(segments.size() + 1,
                    reference.lonLatFactory.createMultiLineString(new LineString[] {(LineString) lonLat}),
                    "road", stretch.road(), "department", stretch.department(), "from_place", chainage(fromM),
                    "to_place", chainage(toM), "note", "示意：路段位置为程序生成"));
        }
        return segments;
    }

    /** Road chainage as Chinese road signs write it: K3+050 for 3 050 m (grid metres, rounded). */
    private static String chainage(double metres) {
        long m = Math.round(metres);
        return String.format(Locale.ROOT, "K%d+%03d", m / 1000, m % 1000);
    }
}
