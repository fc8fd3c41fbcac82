package rectimap.campaign.sample;

import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Every generated geometry of the sample, in lon/lat degrees (EPSG:4490), before it becomes layers.
 *
 * @param district   the union of the townships
 * @param townships  township code → its cell, in the seat table's order
 * @param saltLake   the lake polygon
 * @param villages   village code → point, in division-list order
 * @param roads      road name, level and line, in build order (trunk, entrances, county, township, village roads)
 * @param gates      entrance → gate point where its road leaves the urban area, in the entrance table's order
 */
record GeneratedDistrict(MultiPolygon district, Map<String, MultiPolygon> townships, Polygon saltLake,
        Map<String, Point> villages, List<GeneratedRoad> roads, Map<EntranceSpec, Point> gates) {

    /** One road in lon/lat degrees. */
    record GeneratedRoad(String name, RoadLevel level, MultiLineString line) {
    }
}
