package rectimap.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link Ledger} for Excel and WPS: XLSX (a bold header row, numbers as numbers, dates as date cells
 * formatted yyyy-mm-dd, the sheet named after the ledger) or CSV in UTF-8 with a byte order mark (without it Excel
 * reads Chinese as GBK and shows 乱码), RFC 4180 quoting, CRLF line ends. Both go through {@link AtomicFileWrite}.
 */
public final class LedgerExport {
    /** The largest a ledger thumbnail is shown in its cell, in pixels (4:3). */
    static final int PICTURE_W_PX = 96;
    static final int PICTURE_H_PX = 72;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private LedgerExport() {
    }

    public static void writeXlsx(Ledger ledger, Path target) throws IOException {
        writeXlsx(List.of(ledger), target);
    }

    /**
     * One ledger with a photo column after its last: each row's thumbnail (when it has one) anchored in its cell,
     * kept in proportion at most {@value #PICTURE_W_PX} × {@value #PICTURE_H_PX} px, rows made tall enough.
     */
    public static void writeXlsx(Ledger ledger, LedgerPictures pictures, Path target) throws IOException {
        AtomicFileWrite.write(target, out -> {
            try (XSSFWorkbook book = new XSSFWorkbook()) {
                Sheet sheet = sheet(book, sheetName(ledger.title()), ledger);
                if (pictures.any()) {
                    LedgerPictureColumn.add(book, sheet, ledger.headers().size(), pictures);
                }
                book.write(out);
            }
        });
    }

    public static void writeCsv(Ledger ledger, Path target) throws IOException {
        AtomicFileWrite.write(target, out -> writeCsv(ledger, out));
    }

    /** Several ledgers (e.g. the statistics report's tables) as one workbook, one sheet each, named by title. */
    public static void writeXlsx(List<Ledger> ledgers, Path target) throws IOException {
        AtomicFileWrite.write(target, out -> {
            try (XSSFWorkbook book = new XSSFWorkbook()) {
                java.util.Set<String> names = new java.util.HashSet<>();
                for (Ledger ledger : ledgers) {
                    String name = sheetName(ledger.title());
                    for (int n = 2; !names.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
                        name = sheetName(ledger.title().substring(0, Math.min(ledger.title().length(), 27)) + " " + n);
                    }
                    sheet(book, name, ledger);
                }
                book.write(out);
            }
        });
    }

    /**
     * Several ledgers in one CSV (UTF-8 with BOM): each starts with a line holding its title, then its header and
     * rows; a blank line separates them.
     */
    public static void writeCsv(List<Ledger> ledgers, Path target) throws IOException {
        AtomicFileWrite.write(target, out -> {
            out.write(UTF8_BOM);
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            for (int i = 0; i < ledgers.size(); i++) {
                if (i > 0) {
                    writer.write("\r\n");
                }
                line(List.of(ledgers.get(i).title()), writer);
                line(ledgers.get(i).headers(), writer);
                for (List<Object> row : ledgers.get(i).rows()) {
                    line(row, writer);
                }
            }
            writer.flush();
        });
    }

    private static Sheet sheet(XSSFWorkbook book, String name, Ledger ledger) {
        Sheet sheet = book.createSheet(name);
        CellStyle header = book.createCellStyle();
        Font bold = book.createFont();
        bold.setBold(true);
        header.setFont(bold);
        CellStyle date = book.createCellStyle();
        date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        Row first = sheet.createRow(0);
        for (int c = 0; c < ledger.headers().size(); c++) {
            Cell cell = first.createCell(c);
            cell.setCellValue(ledger.headers().get(c));
            cell.setCellStyle(header);
        }
        int r = 1;
        for (List<Object> values : ledger.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (value instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                } else {
                    cell.setCellValue(value.toString());
                }
            }
        }
        for (int c = 0; c < ledger.headers().size(); c++) {
            sheet.setColumnWidth(c, 16 * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    static void writeCsv(Ledger ledger, OutputStream out) throws IOException {
        out.write(UTF8_BOM);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        line(ledger.headers(), writer);
        for (List<Object> row : ledger.rows()) {
            line(row, writer);
        }
        writer.flush();
    }

    private static void line(List<?> values, Writer writer) throws IOException {
        for (int c = 0; c < values.size(); c++) {
            if (c > 0) {
                writer.write(',');
            }
            Object value = values.get(c);
            String text = value == null ? "" : value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15
                    ? String.valueOf(d) : value.toString();
            boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                    || text.indexOf('\r') >= 0;
            writer.write(quote ? '"' + text.replace("\"", "\"\"") + '"' : text);
        }
        writer.write("\r\n");
    }

    /** Excel sheet names: at most 31 characters, none of []:*?/\ . */
    private static String sheetName(String title) {
        String cleaned = title.replaceAll("[\\[\\]:*?/\\\\]", "_");
        cleaned = cleaned.isBlank() ? "Sheet1" : cleaned;
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
