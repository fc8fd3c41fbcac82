package rectimap.exchange;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Picture;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The photo column of an XLSX ledger: the header, then each row's JPEG as a picture of the sheet's drawing, anchored
 * to its cell (moves and sizes with it when rows are sorted or resized in Excel/WPS), scaled in proportion to fit
 * {@link LedgerExport#PICTURE_W_PX} × {@link LedgerExport#PICTURE_H_PX} px; those rows are made that tall.
 */
final class LedgerPictureColumn {
    private LedgerPictureColumn() {
    }

    static void add(XSSFWorkbook book, Sheet sheet, int column, LedgerPictures pictures) {
        Row header = sheet.getRow(0);
        Cell title = header.createCell(column);
        title.setCellValue(pictures.header());
        title.setCellStyle(header.getCell(0).getCellStyle());
        // Column width is in 1/256 of a character (about 7 px), row height in points (0.75 pt a pixel).
        sheet.setColumnWidth(column, (LedgerExport.PICTURE_W_PX / 7 + 2) * 256);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        for (int r = 0; r < pictures.rows().size(); r++) {
            byte[] jpeg = pictures.rows().get(r);
            if (jpeg == null) {
                continue;
            }
            Row row = sheet.getRow(r + 1);
            row.setHeightInPoints((LedgerExport.PICTURE_H_PX + 4) * 0.75f);
            ClientAnchor anchor = book.getCreationHelper().createClientAnchor();
            anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_AND_RESIZE);
            anchor.setCol1(column);
            anchor.setRow1(r + 1);
            Picture picture = drawing.createPicture(anchor, book.addPicture(jpeg, Workbook.PICTURE_TYPE_JPEG));
            java.awt.Dimension size = picture.getImageDimension();
            picture.resize(Math.min((double) LedgerExport.PICTURE_W_PX / size.width,
                    (double) LedgerExport.PICTURE_H_PX / size.height));
        }
    }
}
