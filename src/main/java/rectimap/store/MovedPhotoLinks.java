package rectimap.store;

import static rectimap.store.SqlNames.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import rectimap.media.PhotoLayer;
import rectimap.model.ChangeSet;
import rectimap.model.Feature;
import rectimap.model.FeatureChange;

/**
 * The mapping rows that follow a 照片 point moved to another feature, inside the journal's transactions: when a step
 * (a merge or split, {@link rectimap.model.BelongingFeatures#movedWith}; or its undo) changes a point's
 * {@code linked_fid}, the photo's row in that layer's mapping table moves from the old feature to the new one. Run
 * before {@link DetachedPhotos#detach}, so a removed feature whose photos moved on has nothing left to take aside.
 * Called with the ids the file uses.
 */
final class MovedPhotoLinks {
    private MovedPhotoLinks() {
    }

    /** Moves the mapping rows of the points {@code inFile} hands to another feature of the same layer. */
    static void follow(Connection connection, ChangeSet inFile) throws SQLException {
        if (!PhotoTables.tableExists(connection, PhotoTables.MEDIA)) {
            return;
        }
        for (FeatureChange change : inFile.changes()) {
            if (!change.tableName().equals(PhotoLayer.TABLE) || change.before() == null || change.after() == null) {
                continue;
            }
            Feature before = change.before();
            Feature after = change.after();
            String layer = before.text(PhotoLayer.LINKED_LAYER);
            if (!(before.get(PhotoLayer.MEDIA_ID) instanceof Number media) || layer == null
                    || !layer.equals(after.text(PhotoLayer.LINKED_LAYER))
                    || !(before.get(PhotoLayer.LINKED_FID) instanceof Number from)
                    || !(after.get(PhotoLayer.LINKED_FID) instanceof Number to)
                    || from.longValue() == to.longValue()) {
                continue;
            }
            String mapping = PhotoTables.mappingOf(layer);
            if (!PhotoTables.tableExists(connection, mapping)) {
                continue;
            }
            try (PreparedStatement drop = connection.prepareStatement("DELETE FROM " + quote(mapping)
                    + " WHERE base_id = ? AND related_id = ?")) {
                drop.setLong(1, from.longValue());
                drop.setLong(2, media.longValue());
                if (drop.executeUpdate() > 0) {
                    PhotoRows.link(connection, mapping, to.longValue(), media.longValue());
                }
            }
        }
    }
}
