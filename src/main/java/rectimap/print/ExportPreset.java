package rectimap.print;

/**
 * Output presets: 屏幕 (PNG at 150 dpi, for screens and messages), 会议 (PNG at 300 dpi, for meeting handouts and
 * projectors), 印刷 (vector PDF; 300 dpi is the resolution assumed for any raster part).
 */
public enum ExportPreset {
    SCREEN(150, ExportFormat.PNG), MEETING(300, ExportFormat.PNG), PRINT(300, ExportFormat.PDF);

    private final double dpi;
    private final ExportFormat format;

    ExportPreset(double dpi, ExportFormat format) {
        this.dpi = dpi;
        this.format = format;
    }

    /** Pixels per inch of a PNG (and of raster parts of a PDF). */
    public double dpi() {
        return dpi;
    }

    /** The format the preset writes by default. */
    public ExportFormat format() {
        return format;
    }
}
