package rectimap.media;

import rectimap.model.FeatureRef;

/**
 * A photo to add to a project: its facts ({@link Photo#id()} is ignored), the stored picture and thumbnail, the
 * original file's bytes when originals are kept (else null), the feature it belongs to (null: none) and where its
 * point on the 照片 layer goes (lon/lat degrees; both null: no point).
 */
public record NewPhoto(Photo facts, ScaledPicture picture, byte[] original, FeatureRef link, Double pointLon,
                       Double pointLat) {
}
