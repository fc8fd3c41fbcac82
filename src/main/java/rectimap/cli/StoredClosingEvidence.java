package rectimap.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import rectimap.campaign.cases.ClosingEvidence;
import rectimap.campaign.planning.SupervisionCaseSchema;
import rectimap.media.Photo;
import rectimap.media.PhotoArchive;
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
        return of(GeoPackagePhotoArchive.of(file.store()), () -> file.settings().read(ClosingEvidence.SETTING));
    }

    /** The evidence in {@code photos} (read now, on this thread) and the project setting {@code setting} reads. */
    static ClosingEvidence of(PhotoArchive photos, Supplier<Optional<String>> setting) {
        Set<Long> withAfterPhoto = new HashSet<>();
        for (Map.Entry<FeatureRef, List<Photo>> of : photos.byFeature().entrySet()) {
            if (of.getKey().tableName().equals(SupervisionCaseSchema.TABLE)
                    && of.getValue().stream().anyMatch(photo -> photo.tag() == PhotoTag.AFTER)) {
                withAfterPhoto.add(of.getKey().featureId());
            }
        }
        return ClosingEvidence.of(setting, withAfterPhoto::contains);
    }
}
