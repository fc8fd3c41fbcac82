package rectimap.ui.basemap;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import rectimap.campaign.place.DivisionPlaces;
import rectimap.campaign.place.TownshipPlace;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.ui.Messages;

/**
 * One line of 下载底图's 范围 list: what it says and the area it covers in CGCS2000 lon/lat (what
 * {@code DownloadPlan} takes).
 */
record DownloadExtent(String label, Geometry lonLat) {

    /** 当前视图 ({@code view}, EPSG:4546 metres), 全区 and each township of {@code places}, in that order. */
    static List<DownloadExtent> choices(Messages messages, Envelope view, DivisionPlaces places) {
        List<DownloadExtent> lines = new ArrayList<>();
        lines.add(new DownloadExtent(messages.get("basemap.download.view"), lonLat(view)));
        places.districtLonLat().ifPresent(d -> lines.add(new DownloadExtent(
                messages.get("basemap.download.district"), d)));
        for (TownshipPlace township : places.townships()) {
            lines.add(new DownloadExtent(messages.format("basemap.download.township", township.name()),
                    township.boundaryLonLat()));
        }
        return List.copyOf(lines);
    }

    /** The display box as a lon/lat polygon, its edges densified so the curved sides are followed. */
    private static Geometry lonLat(Envelope metres) {
        Geometry box = Densifier.densify(new GeometryFactory().toGeometry(metres),
                Math.max(1, Math.max(metres.getWidth(), metres.getHeight()) / 16));
        return CrsTransform.between(Epsg.CGCS2000_GK_CM_111E, Epsg.CGCS2000).apply(box);
    }

    @Override
    public String toString() {
        return label;
    }
}
