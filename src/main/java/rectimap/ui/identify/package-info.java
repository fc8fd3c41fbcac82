/** The identify panel: every feature under a click as a tree (layer → feature → fields), the picked one highlighted. */
package rectimap.ui.identify;
