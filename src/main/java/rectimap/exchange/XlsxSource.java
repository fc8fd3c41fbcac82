package rectimap.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an Excel workbook (.xlsx) as a table of points: the first row holds the headers, each
 * later row a point (see {@link PointTable}). Numbers stay numbers, date cells become dates, formulas their cached
 * values; text is Unicode in the file, so no encoding question arises.
 */
public final class XlsxSource {
    private XlsxSource() {
    }

    public static PointTableSource open(Path file, TableOptions options) throws ExchangeException {
        List<String> headers = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook book = new XSSFWorkbook(in)) {
            if (book.getNumberOfSheets() == 0) {
                throw new ExchangeException(ExchangeProblem.EMPTY, file, -1, "the workbook has no sheet");
            }
            Sheet sheet = book.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            for (Row row : sheet) {
                if (headers.isEmpty()) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        headers.add(cell == null ? "column" + (c + 1) : formatter.formatCellValue(cell).trim());
                    }
                    continue;
                }
                List<Object> values = new ArrayList<>();
                boolean any = false;
                for (int c = 0; c < headers.size(); c++) {
                    Object value = value(row.getCell(c), formatter);
                    any |= value != null;
                    values.add(value);
                }
                if (any) {
                    rows.add(values);
                }
            }
        } catch (NoSuchFileException e) {
            throw new ExchangeException(ExchangeProblem.NOT_FOUND, file, -1, "no such file", e);
        } catch (IOException | RuntimeException e) {
            throw new ExchangeException(ExchangeProblem.CORRUPT, file, -1, "not a readable .xlsx workbook: "
                    + e.getMessage(), e);
        }
        return PointTable.of(file, headers, rows, options, "UTF-8");
    }

    /** The first sheet's header row (for choosing the coordinate columns when no header names one). */
    public static List<String> headers(Path file) throws ExchangeException {
        try (InputStream in = Files.newInputStream(file); Workbook book = new XSSFWorkbook(in)) {
            List<String> headers = new ArrayList<>();
            if (book.getNumberOfSheets() > 0 && book.getSheetAt(0).iterator().hasNext()) {
                Row row = book.getSheetAt(0).iterator().next();
                DataFormatter formatter = new DataFormatter();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    headers.add(cell == null ? "column" + (c + 1) : formatter.formatCellValue(cell).trim());
                }
            }
            return headers;
        } catch (NoSuchFileException e) {
            throw new ExchangeException(ExchangeProblem.NOT_FOUND, file, -1, "no such file", e);
        } catch (IOException | RuntimeException e) {
            throw new ExchangeException(ExchangeProblem.CORRUPT, file, -1, "not a readable .xlsx workbook: "
                    + e.getMessage(), e);
        }
    }

    private static Object value(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? LocalDate.from(cell.getLocalDateTimeCellValue()) : Double.valueOf(cell.getNumericCellValue());
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? 1L : 0L;
            case BLANK, ERROR, _NONE -> null;
            default -> formatter.formatCellValue(cell);
        };
    }
}
