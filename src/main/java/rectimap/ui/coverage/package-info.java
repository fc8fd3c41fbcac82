/**
 * The coverage check in the window: the problems list with zoom-to and one-click fixes, the status-bar indicator
 * kept current after every edit (computed off the FX thread), the problem pieces drawn over the map, and the gate
 * that lists open problems before printing or exporting.
 */
package rectimap.ui.coverage;
