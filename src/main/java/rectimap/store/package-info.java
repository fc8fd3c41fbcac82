/** The GeoPackage project file behind the model's FeatureStore port. */
package rectimap.store;
