/** JavaFX views by area (map, layers, identify, search), the canvas surface and the theme. */
package rectimap.ui;
