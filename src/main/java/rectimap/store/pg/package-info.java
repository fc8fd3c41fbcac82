/**
 * The shared project in PostgreSQL 15 + PostGIS 3 (issue 16): its address, connection pool, tables, publishing a
 * GeoPackage there, and the {@link rectimap.model.FeatureStore} over it. See docs/ARCHITECTURE.md, "Shared PostGIS
 * project".
 */
package rectimap.store.pg;
