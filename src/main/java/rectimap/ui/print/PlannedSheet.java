package rectimap.ui.print;

import rectimap.print.SheetSpec;

/**
 * One page to produce: its spec, and the township it belongs to (its code, and its name for naming the file when an
 * atlas goes into one PDF per township; empty for the current view or the district).
 */
public record PlannedSheet(SheetSpec spec, String townshipCode, String townshipName) {
}
