package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;
import rectimap.campaign.ProjectAssembler;
import rectimap.campaign.cases.CaseStatus;
import rectimap.campaign.cases.ClosingEvidence;
import rectimap.campaign.planning.PlanningRules;
import rectimap.campaign.planning.SupervisionCaseSchema;
import rectimap.edit.CommandRefused;
import rectimap.edit.UpdateAttributesCommand;
import rectimap.media.PhotoTag;
import rectimap.media.TestPhotos;
import rectimap.model.Feature;
import rectimap.model.FeatureRef;
import rectimap.model.Project;
import rectimap.store.GeoPackagePhotoArchive;
import rectimap.store.ProjectFile;
import rectimap.store.ProjectFiles;

/**
 * Closing (销号) a supervision case needs at least one 整改后 photo: with only a 整改前 photo in the project (imported
 * by the real command) the close is refused with the reason; once an after photo is imported it goes through.
 */
class CaseClosingNeedsAfterPhotoTest {
    @TempDir
    Path dir;

    @Test
    void closingWithoutAnAfterPhotoIsRefusedWithTheReasonAndAllowedOnceThereIsOne() throws Exception {
        Path project = dir.resolve("cases.gpkg");
        CliConsole.createPlannedSample(project).close();
        Feature rectifying = caseToClose(project);
        Point at = (Point) rectifying.geometry();
        String day = ((LocalDate) rectifying.get("registered")).toString().replace('-', ':');
        Path before = Files.createDirectories(dir.resolve("before"));
        TestPhotos.geotag(TestPhotos.jpeg(before.resolve("现场.jpg"), 640, 480, 7), at.getX(), at.getY(),
                day + " 09:00:00", 0);
        assertThat(new CliConsole().run("photos", "--project", project.toString(), "--import", before.toString(),
                "--tag", "before")).isZero();
        Map<String, Object> close = Map.of("status", CaseStatus.CLOSED.label(), "close_note", "已清运,现场复核合格",
                "closed_date", ((LocalDate) rectifying.get("registered")).plusDays(10));

        assertThatThrownBy(() -> close(project, rectifying, close)).isInstanceOfSatisfying(CommandRefused.class,
                refused -> assertThat(refused.problems()).anySatisfy(problem -> {
                    assertThat(problem.field()).isEqualTo("status");
                    assertThat(problem.reasonZh()).contains("销号须至少有一张整改后照片");
                    assertThat(problem.reasonEn()).contains("needs at least one photo tagged after");
                }));

        Path after = Files.createDirectories(dir.resolve("after"));
        TestPhotos.geotag(TestPhotos.jpeg(after.resolve("整改后.jpg"), 640, 480, 8), at.getX(), at.getY(),
                ((LocalDate) rectifying.get("registered")).plusDays(5).toString().replace('-', ':') + " 16:00:00", 0);
        assertThat(new CliConsole().run("photos", "--project", project.toString(), "--import", after.toString(),
                "--tag", "after")).isZero();

        assertThat(close(project, rectifying, close).changes().changes()).hasSize(1);
    }

    /** A case in 整改中 (the status closing starts from), made so when the sample has none. */
    private static Feature caseToClose(Path project) throws Exception {
        try (ProjectFile file = ProjectFiles.openReadOnly(project)) {
            return ProjectAssembler.assemble(project, file.store()).layer(SupervisionCaseSchema.TABLE).orElseThrow()
                    .layer().features().stream()
                    .filter(f -> CaseStatus.RECTIFYING.label().equals(f.text("status"))).findFirst().orElseThrow();
        }
    }

    private static rectimap.edit.CommandResult close(Path project, Feature rectifying, Map<String, Object> values)
            throws CommandRefused {
        try (ProjectFile file = ProjectFiles.openReadOnly(project)) {
            Project read = ProjectAssembler.assemble(project, file.store());
            GeoPackagePhotoArchive photos = GeoPackagePhotoArchive.of(file.store());
            ClosingEvidence evidence = caseId -> photos.photosOf(new FeatureRef(SupervisionCaseSchema.TABLE, caseId))
                    .stream().anyMatch(photo -> photo.tag() == PhotoTag.AFTER);
            return new UpdateAttributesCommand(SupervisionCaseSchema.TABLE, rectifying.id(), values)
                    .build(read, PlanningRules.withClosingEvidence(evidence));
        }
    }
}
