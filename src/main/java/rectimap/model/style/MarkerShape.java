package rectimap.model.style;

/** The shape drawn for a point feature. */
public enum MarkerShape {
    NONE, CIRCLE, SQUARE, TRIANGLE, DIAMOND, STAR, FLAG
}
