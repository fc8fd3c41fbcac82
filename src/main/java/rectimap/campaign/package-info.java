/** The rectification campaign's domain: planning-layer schemas, lifecycles, coverage rules and the schematic sample district. */
package rectimap.campaign;
