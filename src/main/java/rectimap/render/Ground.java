package rectimap.render;

import rectimap.model.style.Rgba;

/**
 * What lies under the vector layers of a frame. Over imagery the area fills are drawn at
 * {@link #IMAGERY_FILL_SHARE} of their opacity, so the ground shows through a township's or zone's colour while the
 * outlines, lines, symbols and labels stay as styled: a planner places a site on the building they see.
 */
public enum Ground {
    /** The paper colour: fills as styled. */
    PLAIN,
    /** Raster imagery under the vectors: fills see-through. */
    IMAGERY;

    /** The share of a fill's opacity kept over imagery. */
    public static final double IMAGERY_FILL_SHARE = 0.35;

    /** The colour an area of fill {@code colour} is filled with on this ground. */
    Rgba fill(Rgba colour) {
        return this == IMAGERY && !colour.isTransparent() ? colour.withAlpha(colour.alpha() * IMAGERY_FILL_SHARE)
                : colour;
    }
}
