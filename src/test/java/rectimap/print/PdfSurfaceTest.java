package rectimap.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import rectimap.model.style.Rgba;
import rectimap.render.FontWeight;

/** The PDF surface on its own: fallback fonts, transparency as graphics state, vector paths. */
class PdfSurfaceTest {

    private static byte[] draw(java.util.function.Consumer<PdfSurface> painting) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument(); PdfFonts fonts = new PdfFonts(document);
             PdfPage page = PdfSurface.blankPage(210, 297)) {
            try (PdfSurface surface = PdfSurface.open(page, fonts)) {
                painting.accept(surface);
            }
            document.addPage(page.page());
            fonts.subsetShown();
            document.save(out);
        }
        return out.toByteArray();
    }

    @Test
    void aCharacterTheBundledFontLacksIsShownInAFallbackFontAndStaysText() throws Exception {
        // ⚠ (U+26A0) is not in WenQuanYi Micro Hei; DejaVu Sans (fonts-dejavu-core) has it.
        byte[] pdf = draw(surface -> surface.text("注意⚠危房", 50, 100, 14, FontWeight.NORMAL, Rgba.BLACK,
                Rgba.WHITE, 1));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).strip()).isEqualTo("注意⚠危房");
            PDResources resources = document.getPage(0).getResources();
            List<String> names = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).isTrue();
                names.add(font.getName());
            }
            assertThat(names).anyMatch(n -> n.endsWith("+WenQuanYiMicroHei")).anyMatch(n -> n.contains("DejaVu"));
        }
    }

    @Test
    void measuredWidthGrowsWithTheTextAndTheSize() throws Exception {
        draw(surface -> {
            double one = surface.measureText("解州镇", 10, FontWeight.NORMAL).width();
            assertThat(one).isCloseTo(30, org.assertj.core.data.Offset.offset(1.0));
            assertThat(surface.measureText("解州镇", 20, FontWeight.NORMAL).width()).isCloseTo(2 * one,
                    org.assertj.core.data.Offset.offset(0.01));
            assertThat(surface.measureText("解州镇", 10, FontWeight.NORMAL).height()).isBetween(9.0, 14.0);
        });
    }

    @Test
    void translucencyIsAGraphicsStateNotAnImage() throws Exception {
        byte[] pdf = draw(surface -> {
            surface.save();
            surface.setAlpha(0.5);
            surface.beginPath();
            surface.moveTo(10, 10);
            surface.lineTo(200, 10);
            surface.lineTo(100, 200);
            surface.closePath();
            surface.fill(Rgba.hex("#1e88e5"));
            surface.stroke(Rgba.BLACK, 2);
            surface.restore();
        });
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            List<Float> alphas = new ArrayList<>();
            for (COSName name : resources.getExtGStateNames()) {
                PDExtendedGraphicsState state = resources.getExtGState(name);
                alphas.add(state.getNonStrokingAlphaConstant());
            }
            assertThat(alphas).anyMatch(a -> Math.abs(a - 0.5f) < 0.01f);
            assertThat(resources.getXObjectNames()).isEmpty();
            String content = new String(document.getPage(0).getContents().readAllBytes(),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(content).contains(" m\n", " l\n", "f*", "S\n");
        }
    }
}
