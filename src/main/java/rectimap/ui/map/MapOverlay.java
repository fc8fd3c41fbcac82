package rectimap.ui.map;

/**
 * The analysis overlays the map draws over the project's own layers: display only, never saved, never an undo
 * step, each switched on and off by itself from the layer panel ({@code #overlayVisible-<id>}).
 */
public enum MapOverlay {
    /** Coverage gaps, overlaps and slivers of the responsibility areas (drawn under the planning layers). */
    COVERAGE("coverage_problem", "layers.overlay.coverage"),
    /** Highlighted features: search results, identify and the selection (drawn on top). */
    HIGHLIGHT("highlight", "layers.overlay.highlight");

    private final String id;
    private final String titleKey;

    MapOverlay(String id, String titleKey) {
        this.id = id;
        this.titleKey = titleKey;
    }

    /** The stable id used in control ids. */
    public String id() {
        return id;
    }

    /** The message key of the overlay's title in the layer panel. */
    public String titleKey() {
        return titleKey;
    }
}
