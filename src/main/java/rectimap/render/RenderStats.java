package rectimap.render;

/** What one frame drew: features passed to the surface (after culling) and labels placed. */
public record RenderStats(int featuresDrawn, int labelsPlaced) {
}
