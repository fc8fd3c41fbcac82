/** The map view: canvas, navigation, identify and the gesture preview; MapViewModel holds its state without JavaFX. */
package rectimap.ui.map;
