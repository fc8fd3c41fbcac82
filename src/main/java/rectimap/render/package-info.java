/** Immutable viewport, the DrawingSurface port, the map renderer, symbols, labels and the image surface. */
package rectimap.render;
