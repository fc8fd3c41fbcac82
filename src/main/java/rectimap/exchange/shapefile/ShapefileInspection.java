package rectimap.exchange.shapefile;

import rectimap.exchange.SourceSchema;

/**
 * What the import dialog shows before anything is read in full: the schema (fields, kind, CRS with its
 * certainty, record count), how sure the encoding is and the first rows decoded each candidate way.
 *
 * @param schema         as {@link ShapefileSource#schema()} would give it
 * @param encoding       the encoding used for the schema's names, and why
 * @param preview        the first rows in UTF-8, GBK and the chosen encoding, for the user to pick from
 * @param crsUnsupported why the .prj's CRS, although recognised, cannot be imported (Xian 1980, Beijing 1954),
 *                       or null
 */
public record ShapefileInspection(SourceSchema schema, DbfEncoding encoding, EncodingPreview preview,
                                  String crsUnsupported) {
}
