package rectimap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rectimap.campaign.ProjectAssembler;
import rectimap.campaign.place.DivisionPlaces;
import rectimap.campaign.planning.SupervisionCaseSchema;
import rectimap.campaign.review.DemonstrationSite;
import rectimap.campaign.review.PlanItem;
import rectimap.campaign.review.PlanItems;
import rectimap.campaign.review.ReviewSites;
import rectimap.exchange.EvidenceRows;
import rectimap.media.NewPhoto;
import rectimap.media.Photo;
import rectimap.media.PhotoTag;
import rectimap.media.PictureScaling;
import rectimap.media.TestPhotos;
import rectimap.model.Feature;
import rectimap.model.FeatureRef;
import rectimap.model.Project;
import rectimap.store.AccessMode;
import rectimap.store.GeoPackagePhotoArchive;
import rectimap.store.GeoPackageReviewArchive;
import rectimap.store.GeoPackageStore;

/**
 * Issue 17 point 1: review sheets and the report PDF had no photos. They now end with photo pages: each feature's
 * 整改前 and 整改后 photo side by side with tag, time, who, place and file name, the 12-megapixel pictures scaled to
 * {@value EvidenceRows#PRINT_SIDE_PX} px so the PDF stays small. Read back with PDFBox and poppler's pdfimages.
 */
class PhotoPagesTest {
    @TempDir
    static Path dir;
    static Path project;
    static DemonstrationSite site;
    static PlanItem item;
    static Feature closedCase;

    @BeforeAll
    static void projectWithTwelveMegapixelPhotos() throws Exception {
        project = dir.resolve("photos.gpkg");
        CliConsole.createPlannedSample(project).close();
        Path big = TestPhotos.jpeg(dir.resolve("12mp.jpg"), 4000, 3000, 5);
        try (GeoPackageStore store = GeoPackageStore.open(project, AccessMode.READ_WRITE)) {
            Project read = ProjectAssembler.assemble(project, store);
            List<DemonstrationSite> sites = ReviewSites.of(read, DivisionPlaces.of(read),
                    GeoPackageReviewArchive.readOnly(store).siteMarks());
            for (DemonstrationSite candidate : sites) {
                List<PlanItem> items = PlanItems.inside(read, candidate.boundaryLonLat());
                if (!items.isEmpty()) {
                    site = candidate;
                    item = items.get(0);
                    break;
                }
            }
            assertThat(site).as("the sample has a demonstration site with plan items").isNotNull();
            closedCase = read.layer(SupervisionCaseSchema.TABLE).orElseThrow().layer().features().stream()
                    .filter(f -> f.text("town_code") != null && !site.boundaryLonLat().covers(f.geometry()))
                    .findFirst().orElseThrow();
            Deque<NewPhoto> feed = new ArrayDeque<>();
            FeatureRef itemRef = new FeatureRef(item.table(), item.featureId());
            feed.add(photo(big, "现场-前.jpg", PhotoTag.BEFORE, "2026-05-03T09:15", itemRef));
            feed.add(photo(big, "现场-后.jpg", PhotoTag.AFTER, "2026-06-12T16:40", itemRef));
            feed.add(photo(big, "督办-后.jpg", PhotoTag.AFTER, "2026-10-01T11:05",
                    new FeatureRef(SupervisionCaseSchema.TABLE, closedCase.id())));
            GeoPackagePhotoArchive.of(store).add(feed::poll);
        }
    }

    private static NewPhoto photo(Path file, String name, PhotoTag tag, String taken, FeatureRef link)
            throws Exception {
        Photo facts = new Photo(0, name, "sha-" + name, LocalDateTime.parse(taken), 111.000123, 35.000456, null, tag,
                "王五", 0, 0);
        return new NewPhoto(facts, PictureScaling.scale(file, 1), null, link, null, null);
    }

    @Test
    void theReviewSheetEndsWithAPhotoPageOfScaledPicturesAndCaptions() throws Exception {
        Path pdf = dir.resolve("审查单.pdf");
        CliConsole console = new CliConsole();
        assertThat(console.run("review-sheet", "--project", project.toString(), "--site", site.code(), "--out",
                pdf.toString())).as(console.err()).isZero();

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String photos = pageText(document, 2);
            assertThat(photos).contains("整改前后照片", "整改前", "整改后", "2026-05-03 09:15 · 王五",
                    "2026-06-12 16:40 · 王五", "111.000123, 35.000456 · 现场-前.jpg", "现场-后.jpg", "照片页 1 / 1");
            List<PDImageXObject> images = images(document.getPage(1));
            assertThat(images).hasSize(2).allSatisfy(image -> {
                assertThat(Math.max(image.getWidth(), image.getHeight())).isEqualTo(EvidenceRows.PRINT_SIDE_PX);
                assertThat(image.getCOSObject().getCOSName(COSName.FILTER)).isEqualTo(COSName.DCT_DECODE);
            });
        }
        assertThat(Files.size(pdf)).as("two scaled JPEGs, not two 12-MP pictures").isLessThan(1_500_000);
        List<String> listed = poppler("pdfimages", "-list", pdf.toString());
        assertThat(listed.stream().filter(line -> line.trim().startsWith("2 "))).hasSize(2)
                .allSatisfy(line -> assertThat(line).contains("1200").contains("jpeg"));
    }

    @Test
    void theReportPdfEndsWithTheCasesPhotosAndSaysWhichSideIsMissing() throws Exception {
        Path pdf = dir.resolve("报告.pdf");
        CliConsole console = new CliConsole();
        assertThat(console.run("report", "--project", project.toString(), "--format", "pdf", "--out",
                pdf.toString())).as(console.err()).isZero();

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(pageText(document, 2)).contains("督办件整改前后照片", "督办件 · ", "无整改前照片",
                    "督办-后.jpg", "2026-10-01 11:05 · 王五").doesNotContain("现场-前.jpg");
            assertThat(images(document.getPage(1))).hasSize(1);
        }
    }

    private static String pageText(PDDocument document, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private static List<PDImageXObject> images(PDPage page) throws Exception {
        List<PDImageXObject> images = new ArrayList<>();
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                images.add(image);
            }
        }
        return images;
    }

    private static List<String> poppler(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return output.lines().toList();
    }
}
