package rectimap.campaign.coverage;

import org.locationtech.jts.geom.Geometry;

/** A village no 乡镇干部包村 area names (in the township it belongs to on the analysis day), with its position. */
public record UncoveredVillage(String code, String name, String townshipCode, String townshipName,
                               Geometry lonLat) {
}
