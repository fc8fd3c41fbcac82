/** Rectimap (城乡环境整治一张图): a desktop GIS for a district's urban–rural environmental rectification campaign. */
package rectimap;
