/** The window's basemap: the switcher, the Tianditu key, the online-map access and 下载底图. */
package rectimap.ui.basemap;
