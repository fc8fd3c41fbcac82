package rectimap.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import org.locationtech.jts.geom.Point;
import rectimap.campaign.ProjectAssembler;
import rectimap.campaign.planning.SupervisionCaseSchema;
import rectimap.media.TestPhotos;
import rectimap.model.Feature;
import rectimap.store.ProjectFile;
import rectimap.store.ProjectFiles;

/**
 * The photo command tests' project: the planned sample made once as {@code template}, its first supervision case,
 * and JPEGs geotagged three metres from that case, taken three days after it was registered (so tagged 整改后 by
 * time), EXIF written by exiftool.
 */
record CaseWithPhoto(Path template, Feature firstCase) {

    /** Makes the template at {@code dir}/template.gpkg and reads its first case. */
    static CaseWithPhoto in(Path dir) {
        Path template = dir.resolve("template.gpkg");
        CliConsole.createPlannedSample(template).close();
        try (ProjectFile file = ProjectFiles.openReadOnly(template)) {
            return new CaseWithPhoto(template, ProjectAssembler.assemble(template, file.store())
                    .layer(SupervisionCaseSchema.TABLE).orElseThrow().layer().features().get(0));
        }
    }

    /** A {@code w} × {@code h} photo at {@code file} taken beside the case after it was registered, looking that way. */
    Path afterPhoto(Path file, int w, int h, double directionDeg) throws Exception {
        Point at = (Point) firstCase.geometry();
        LocalDate after = ((LocalDate) firstCase.get("registered")).plusDays(3);
        return TestPhotos.geotag(TestPhotos.jpeg(file, w, h, 1), at.getX() + 0.00003, at.getY(),
                after.toString().replace('-', ':') + " 10:20:30", directionDeg);
    }

    /** A fresh copy of the template at {@code dir}/{@code name}.gpkg. */
    Path copy(Path dir, String name) throws Exception {
        return Files.copy(template, dir.resolve(name + ".gpkg"), StandardCopyOption.REPLACE_EXISTING);
    }
}
