package rectimap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several ledgers (the statistics report's tables) in one workbook, one sheet each, and in one CSV with a BOM. */
class LedgerExportTest {
    @TempDir
    Path dir;

    private final List<Ledger> ledgers = List.of(
            new Ledger("各乡镇垃圾清理", List.of("乡镇", "处数", "吨数"),
                    List.of(List.of("解州镇", 12L, 25.5), List.of("北相镇", 7L, 12.25))),
            new Ledger("拆违进度", List.of("状态", "截止日期"),
                    List.of(Arrays.asList("已拆除", LocalDate.of(2026, 5, 1)), Arrays.asList("待拆除", null))));

    @Test
    void oneSheetPerLedgerNamedByItsTitle() throws Exception {
        Path xlsx = dir.resolve("报表.xlsx");
        LedgerExport.writeXlsx(ledgers, xlsx);

        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("各乡镇垃圾清理");
            assertThat(book.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).isEqualTo("北相镇");
            assertThat(book.getSheetAt(0).getRow(2).getCell(2).getNumericCellValue()).isEqualTo(12.25);
            assertThat(book.getSheetAt(1).getRow(1).getCell(1).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 5, 1));
            assertThat(book.getSheetAt(1).getRow(2).getCell(1)).isNull();
        }
    }

    @Test
    void oneCsvWithTitleLinesAndABom() throws Exception {
        Path csv = dir.resolve("报表.csv");
        LedgerExport.writeCsv(ledgers, csv);

        byte[] bytes = Files.readAllBytes(csv);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                "各乡镇垃圾清理\r\n乡镇,处数,吨数\r\n解州镇,12,25.5\r\n北相镇,7,12.25\r\n\r\n"
                        + "拆违进度\r\n状态,截止日期\r\n已拆除,2026-05-01\r\n待拆除,\r\n");
    }
}
