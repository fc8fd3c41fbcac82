package rectimap.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rectimap.campaign.cases.ClosingEvidence;
import rectimap.campaign.planning.SupervisionCaseSchema;
import rectimap.media.Photo;
import rectimap.media.PhotoTag;
import rectimap.model.FeatureRef;
import rectimap.store.GeoPackagePhotoArchive;
import rectimap.store.ProjectFile;

/**
 * The closing rule's evidence for the command line, as the window answers it: the cases of the project file that
 * have a 整改后 photo (read once, on the calling thread, which owns the file's connection) and the project setting
 * {@value ClosingEvidence#SETTING}.
 */
final class StoredClosingEvidence {
    private StoredClosingEvidence() {
    }

    static ClosingEvidence of(ProjectFile file) {
        Set<Long> withAfterPhoto = new HashSet<>();
        for (Map.Entry<FeatureRef, List<Photo>> photos : GeoPackagePhotoArchive.of(file.store()).byFeature()
                .entrySet()) {
            if (photos.getKey().tableName().equals(SupervisionCaseSchema.TABLE)
                    && photos.getValue().stream().anyMatch(photo -> photo.tag() == PhotoTag.AFTER)) {
                withAfterPhoto.add(photos.getKey().featureId());
            }
        }
        return ClosingEvidence.of(() -> file.settings().read(ClosingEvidence.SETTING), withAfterPhoto::contains);
    }
}
