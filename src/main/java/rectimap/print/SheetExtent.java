package rectimap.print;

import org.locationtech.jts.geom.Envelope;

/**
 * What part of the district a sheet's map frame shows. The frame is fitted around the extent (or centred on it at a
 * chosen scale). Immutable values.
 */
public sealed interface SheetExtent {

    /** A map area in display metres (EPSG:4546), e.g. the current view of the map window or a bounding box. */
    record ViewExtent(Envelope displayMetres) implements SheetExtent {
        public ViewExtent {
            if (displayMetres == null || displayMetres.isNull() || displayMetres.getArea() <= 0) {
                throw new IllegalArgumentException("a view extent needs a non-empty area: " + displayMetres);
            }
            displayMetres = new Envelope(displayMetres);
        }
    }

    /** A township or village by its 12-digit statistical code (a name is resolved to its code before). */
    record DivisionExtent(String code) implements SheetExtent {
    }

    /** The whole district. */
    record DistrictExtent() implements SheetExtent {
    }

    /** A demonstration site (示范镇 township or 文化体验村 village) by its code. */
    record SiteExtent(String code) implements SheetExtent {
    }
}
