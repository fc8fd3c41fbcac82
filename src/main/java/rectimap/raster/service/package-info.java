/**
 * Online map services: WMTS capabilities (KVP and REST), WMS GetMap, XYZ templates, the Tianditu presets, the
 * refusal of offset Chinese web maps (GCJ-02, BD-09), and polite fetching with a bounded disk cache. Nothing here
 * opens a connection unless a service was configured.
 */
package rectimap.raster.service;
