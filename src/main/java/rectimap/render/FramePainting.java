package rectimap.render;

/** How a {@link MapRenderer} paints the layers of a frame on a Java2D {@link ImageSurface}. */
public enum FramePainting {
    /** One pass on the calling thread. */
    ONE_PASS,
    /**
     * Horizontal bands painted in parallel, one per processor (at most four), when the frame holds enough features;
     * the same pixels as one pass (the default). Other surfaces (JavaFX canvas, PDF) are always painted in one pass.
     */
    BANDS_PER_CORE
}
