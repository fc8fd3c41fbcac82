package rectimap.print;

import java.time.LocalDate;
import rectimap.model.MapLayer;

/**
 * How a layer looks on a sheet dated a given day when its look depends on the day (督办件: the traffic light as of
 * the sheet's date, not the day the window was opened). Implemented outside {@code print} by whoever knows the
 * campaign's rules; must be pure and thread-safe (atlas pages are prepared in parallel).
 */
@FunctionalInterface
public interface SheetDayStyle {

    /** Every layer as stored: nothing depends on the day. */
    SheetDayStyle NONE = (layer, day) -> layer;

    /** The layer as a sheet dated {@code day} shows it; the same instance when the day changes nothing. */
    MapLayer onDay(MapLayer layer, LocalDate day);
}
