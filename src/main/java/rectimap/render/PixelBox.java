package rectimap.render;

/** A rectangle of whole device pixels, {@code [minX, maxX) × [minY, maxY)}: where direct drawing may paint. */
record PixelBox(int minX, int minY, int maxX, int maxY) {
}
