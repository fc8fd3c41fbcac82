/** Project, layers, immutable features, schemas, style descriptions and the ports the rest of the app uses. */
package rectimap.model;
