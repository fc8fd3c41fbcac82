/** Map editing in the window: the tool bar, JavaFX input turned into tool events, tool feedback drawn over the map. */
package rectimap.ui.tools;
