/** Raster layers in the window: the imagery under the map, its panel rows, adding, keeping and identifying them. */
package rectimap.ui.raster;
