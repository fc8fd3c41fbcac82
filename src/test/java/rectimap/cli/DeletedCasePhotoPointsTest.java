package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;
import rectimap.campaign.ProjectAssembler;
import rectimap.campaign.planning.PlanningRules;
import rectimap.campaign.planning.SupervisionCaseSchema;
import rectimap.edit.DeleteFeaturesCommand;
import rectimap.edit.EditSession;
import rectimap.edit.UndoHistory;
import rectimap.media.NewPhoto;
import rectimap.media.Photo;
import rectimap.media.PhotoLayer;
import rectimap.media.PhotoTag;
import rectimap.media.ScaledPicture;
import rectimap.model.Feature;
import rectimap.model.FeatureRef;
import rectimap.model.Project;
import rectimap.store.GdalTools;
import rectimap.store.GeoPackagePhotoArchive;
import rectimap.store.ProjectFile;
import rectimap.store.ProjectFiles;
import rectimap.store.Sqlite3;

/**
 * Issue 17: deleting a supervision case (督办件) took its photos and mapping rows aside but left its points on the
 * 照片 layer, naming a case that was gone (and a photo that was no longer in the file). The delete now removes the
 * points in the same step: in the window's project and in the file; undo brings the case, its points and its photos
 * back, redo takes them away again; the other case's point stays throughout.
 */
class DeletedCasePhotoPointsTest {
    @TempDir
    Path dir;

    @Test
    void deletingACaseRemovesItsPhotoPointsInTheSameStepAndUndoBringsThemBack() throws Exception {
        Path file = dir.resolve("项目.gpkg");
        List<Feature> cases;
        try (ProjectFile project = CliConsole.createPlannedSample(file)) {
            cases = ProjectAssembler.assemble(file, project.store()).layer(SupervisionCaseSchema.TABLE).orElseThrow()
                    .layer().features();
            Deque<NewPhoto> feed = new ArrayDeque<>(List.of(photo("前.jpg", cases.get(0)), photo("后.jpg", cases.get(0)),
                    photo("别的.jpg", cases.get(1))));
            GeoPackagePhotoArchive.of(project.store()).add(feed::poll);
        }
        long doomed = cases.get(0).id();

        try (ProjectFile project = ProjectFiles.open(file)) {
            EditSession session = new EditSession(ProjectAssembler.assemble(file, project.store()),
                    UndoHistory.of(project.history(), project.historyCursor()), project.journal().orElseThrow(),
                    PlanningRules.INSTANCE);
            session.execute(new DeleteFeaturesCommand(SupervisionCaseSchema.TABLE, List.of(doomed))
                    .build(session.project(), session.rules()).changes()).orElseThrow().durable().join();

            assertThat(pointNames(session.project())).containsExactly("别的.jpg");
            assertThat(pointsInFile(file)).containsExactly("别的.jpg");
            assertThat(Sqlite3.lines(file, "SELECT file_name FROM gpkgext_rectimap_photos;")).containsExactly("别的.jpg");

            session.undo().orElseThrow().durable().join();
            assertThat(pointNames(session.project())).containsExactlyInAnyOrder("前.jpg", "后.jpg", "别的.jpg");
            assertThat(pointsInFile(file)).containsExactly("前.jpg", "后.jpg", "别的.jpg");
            assertThat(Sqlite3.lines(file, "SELECT count(*) FROM gpkgext_rectimap_photos_of_supervision_case"
                    + " WHERE base_id = " + doomed + ";")).containsExactly("2");

            session.redo().orElseThrow().durable().join();
            assertThat(pointsInFile(file)).containsExactly("别的.jpg");
        }
        GdalTools.validateGpkg(file).requireSuccess();
    }

    private static NewPhoto photo(String name, Feature theCase) {
        Point at = (Point) theCase.geometry();
        Photo facts = new Photo(0, name, "sha-" + name, null, null, null, null, PhotoTag.AFTER, "张三", 2, 1);
        return new NewPhoto(facts, new ScaledPicture(new byte[] {1, 2, 3}, new byte[] {4}, 2, 1), null,
                new FeatureRef(SupervisionCaseSchema.TABLE, theCase.id()), at.getX(), at.getY());
    }

    private static List<String> pointNames(Project project) {
        return project.layer(PhotoLayer.TABLE).orElseThrow().layer().features().stream()
                .map(point -> point.text(PhotoLayer.FILE_NAME)).toList();
    }

    private static List<String> pointsInFile(Path file) {
        return Sqlite3.lines(file, "SELECT file_name FROM photo ORDER BY fid;");
    }
}
