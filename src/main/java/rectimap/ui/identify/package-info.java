/** The identify panel: a clicked feature's attributes, division code and ellipsoidal area or length. */
package rectimap.ui.identify;
