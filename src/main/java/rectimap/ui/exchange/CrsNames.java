package rectimap.ui.exchange;

import java.util.Optional;
import rectimap.exchange.CrsCertainty;
import rectimap.exchange.SourceCrs;
import rectimap.geo.Epsg;
import rectimap.geo.GaussKrugerZone3;
import rectimap.ui.Messages;

/**
 * The name of a source CRS in the user's language for the source step's note: CGCS2000 and WGS 84 lon/lat and the
 * CGCS2000 3° Gauss-Krüger codes (zone-prefixed or plain easting) by their EPSG code; any other CRS by the file's own
 * description (a .prj name is the file's data); nothing for an unknown one (the note itself says so). Stateless.
 */
final class CrsNames {
    private CrsNames() {
    }

    static String of(Messages messages, SourceCrs crs) {
        int epsg = crs.epsg();
        if (epsg == Epsg.CGCS2000 || epsg == 4326) {
            return messages.format("import.crsName." + epsg, epsg);
        }
        Optional<GaussKrugerZone3> zone = GaussKrugerZone3.ofEpsg(epsg);
        if (zone.isPresent()) {
            return messages.format("import.crsName.gk." + zone.get().eastingForm().name(), String.valueOf(epsg),
                    zone.get().centralMeridianDeg(), zone.get().zone());
        }
        return crs.certainty() == CrsCertainty.UNKNOWN || epsg <= 0 ? "" : crs.description();
    }
}
