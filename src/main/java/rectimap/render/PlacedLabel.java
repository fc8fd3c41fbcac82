package rectimap.render;

import org.locationtech.jts.geom.Envelope;

/** A label that found a place: its request, left-baseline position and occupied box (with padding), surface units. */
public record PlacedLabel(LabelRequest request, double x, double y, Envelope box) {
}
