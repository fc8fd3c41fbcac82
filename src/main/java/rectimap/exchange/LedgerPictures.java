package rectimap.exchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import rectimap.media.BeforeAfterPair;
import rectimap.media.Photo;
import rectimap.media.PhotoArchive;
import rectimap.model.Feature;
import rectimap.model.FeatureRef;
import rectimap.model.Layer;

/**
 * One thumbnail per ledger row, for the XLSX ledger's photo column: the stored thumbnail (JPEG, at most 240 px) of
 * the row's 整改后 photo, else its 整改前 photo (as {@link BeforeAfterPair} picks them); null where a feature has none.
 *
 * @param header the photo column's header (照片 / Photo)
 * @param rows   the JPEG bytes per ledger row, in row order (null: no photo)
 */
public record LedgerPictures(String header, List<byte[]> rows) {
    /** A ledger without a photo column. */
    public static final LedgerPictures NONE = new LedgerPictures("", List.of());

    public LedgerPictures {
        rows = Collections.unmodifiableList(new ArrayList<>(rows));
    }

    /** Whether the ledger gets a photo column: some row has a picture. */
    public boolean any() {
        return rows.stream().anyMatch(java.util.Objects::nonNull);
    }

    /** The thumbnails of {@code layer}'s features in layer order (the rows of {@code Ledger.ofLayer}), read now. */
    public static LedgerPictures of(Layer layer, PhotoArchive archive, String header) {
        Map<FeatureRef, List<Photo>> photos = archive.byFeature();
        List<byte[]> rows = new ArrayList<>(layer.features().size());
        for (Feature feature : layer.features()) {
            List<Photo> own = photos.getOrDefault(new FeatureRef(layer.tableName(), feature.id()), List.of());
            BeforeAfterPair pair = BeforeAfterPair.of(own);
            rows.add(pair.after().or(pair::before).flatMap(photo -> archive.thumbnail(photo.id())).orElse(null));
        }
        return new LedgerPictures(header, rows);
    }
}
