package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.campaign.ProjectAssembler;
import rectimap.campaign.planning.SupervisionCaseSchema;
import rectimap.media.NewPhoto;
import rectimap.media.Photo;
import rectimap.media.PhotoTag;
import rectimap.media.PictureScaling;
import rectimap.media.TestPhotos;
import rectimap.model.Feature;
import rectimap.model.FeatureRef;
import rectimap.store.AccessMode;
import rectimap.store.GdalTools;
import rectimap.store.GeoPackagePhotoArchive;
import rectimap.store.GeoPackageStore;

/**
 * Issue 17 point 2: the case ledger XLSX had no pictures. {@code export --format xlsx} now adds a 照片 column with
 * each case's photo thumbnail anchored in its row (the 整改后 photo where there is one); read back with POI and, as a
 * second reader, by Python's zipfile from the workbook's drawing part.
 */
class LedgerThumbnailsTest {
    @TempDir
    Path dir;

    @Test
    void eachCaseWithAPhotoHasItsThumbnailInItsOwnRowOfThePhotoColumn() throws Exception {
        Path project = dir.resolve("ledger.gpkg");
        CliConsole.createPlannedSample(project).close();
        Path picture = TestPhotos.jpeg(dir.resolve("site.jpg"), 1600, 1200, 3);
        Path otherPicture = TestPhotos.jpeg(dir.resolve("other.jpg"), 1200, 1600, 9);
        Map<Long, byte[]> thumbnails = new HashMap<>();
        List<Feature> cases;
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_WRITE)) {
            cases = ProjectAssembler.assemble(project, store).layer(SupervisionCaseSchema.TABLE).orElseThrow().layer()
                    .features();
            Deque<NewPhoto> feed = new ArrayDeque<>();
            feed.add(photo(picture, "前.jpg", PhotoTag.BEFORE, cases.get(1).id()));
            feed.add(photo(otherPicture, "后.jpg", PhotoTag.AFTER, cases.get(1).id()));
            feed.add(photo(picture, "另一件.jpg", PhotoTag.BEFORE, cases.get(3).id()));
            GeoPackagePhotoArchive archive = GeoPackagePhotoArchive.of(store);
            List<Long> ids = archive.add(feed::poll);
            thumbnails.put(cases.get(1).id(), archive.thumbnail(ids.get(1)).orElseThrow());
            thumbnails.put(cases.get(3).id(), archive.thumbnail(ids.get(2)).orElseThrow());
        }
        Path xlsx = dir.resolve("督办件台账.xlsx");

        CliConsole console = new CliConsole();
        assertThat(console.run("export", "--project", project.toString(), "--layer", SupervisionCaseSchema.TABLE,
                "--format", "xlsx", "--out", xlsx.toString())).as(console.err()).isZero();

        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            XSSFSheet sheet = book.getSheetAt(0);
            int photoColumn = sheet.getRow(0).getLastCellNum() - 1;
            assertThat(sheet.getRow(0).getCell(photoColumn).getStringCellValue()).isEqualTo("照片");
            List<XSSFPicture> pictures = sheet.getDrawingPatriarch().getShapes().stream()
                    .map(XSSFPicture.class::cast).toList();
            assertThat(pictures).hasSize(2).allSatisfy(shown -> {
                XSSFClientAnchor anchor = shown.getClientAnchor();
                assertThat((int) anchor.getCol1()).isEqualTo(photoColumn);
                long caseId = (long) sheet.getRow(anchor.getRow1()).getCell(0).getNumericCellValue();
                assertThat(shown.getPictureData().getData()).isEqualTo(thumbnails.get(caseId));
            });
            assertThat(pictures).extracting(p -> (long) sheet.getRow(p.getClientAnchor().getRow1()).getCell(0)
                    .getNumericCellValue()).containsExactlyInAnyOrder(cases.get(1).id(), cases.get(3).id());
        }
        String zip = GdalTools.python("-c", String.join("\n",
                "import zipfile, re, sys",
                "z = zipfile.ZipFile(sys.argv[1])",
                "drawing = z.read('xl/drawings/drawing1.xml').decode()",
                "print('media', len([n for n in z.namelist() if n.startswith('xl/media/')]))",
                "print('rows', sorted(int(r) for r in re.findall(r'<xdr:from><xdr:col>\\d+</xdr:col><xdr:colOff>-?\\d+"
                        + "</xdr:colOff><xdr:row>(\\d+)</xdr:row>', drawing)))"), xlsx.toString())
                .requireSuccess().output();
        assertThat(zip).contains("media 2").contains("rows [2, 4]");
    }

    private static NewPhoto photo(Path file, String name, PhotoTag tag, long caseId) throws Exception {
        Photo facts = new Photo(0, name, "sha-" + name + caseId, null, null, null, null, tag, "", 0, 0);
        return new NewPhoto(facts, PictureScaling.scale(file, 1), null,
                new FeatureRef(SupervisionCaseSchema.TABLE, caseId), null, null);
    }
}
