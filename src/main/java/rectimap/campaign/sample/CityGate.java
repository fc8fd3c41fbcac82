package rectimap.campaign.sample;

import org.locationtech.jts.geom.Coordinate;

/** Where an entrance road leaves the urban area (the union of the 街道), in the local plane (km). */
record CityGate(EntranceSpec entrance, Coordinate gateKm) {
}
