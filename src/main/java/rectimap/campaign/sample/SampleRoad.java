package rectimap.campaign.sample;

import org.locationtech.jts.geom.Geometry;

/**
 * One generated road while the network is built: its name, level and centre line (a LineString or, for a road
 * clipped to the district, a MultiLineString) in the local plane (km).
 */
record SampleRoad(String name, RoadLevel level, Geometry linealKm) {
}
