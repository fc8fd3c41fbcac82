package rectimap.render;

/** One layer of a frame with the indices (layer order) of its features that meet the frame's fetch area. */
record VisibleLayer(RenderLayer layer, IndexList visible) {
}
