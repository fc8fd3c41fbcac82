/** The layer panel: visibility, order, opacity, zoom to layer. */
package rectimap.ui.layers;
