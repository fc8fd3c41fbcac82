package rectimap.media;

import java.nio.file.Path;
import rectimap.model.Feature;
import rectimap.model.FeatureRef;

/** A photo the first pass decided to store: its file, fingerprint, facts, feature (nullable) and point. */
record PlannedPhoto(Path file, String sha256, PhotoFacts facts, FeatureRef link, Feature linked, double lon,
                    double lat) {

    PlannedPhoto withSha(String sha) {
        return new PlannedPhoto(file, sha, facts, link, linked, lon, lat);
    }
}
