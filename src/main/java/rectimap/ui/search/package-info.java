/** Place search by name or division code, with suggestions under the search box. */
package rectimap.ui.search;
