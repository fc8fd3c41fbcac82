package rectimap.print;

/** The file a sheet is exported to: vector PDF or a PNG image. */
public enum ExportFormat {
    PDF, PNG;

    /** The file name extension, e.g. ".pdf". */
    public String extension() {
        return this == PDF ? ".pdf" : ".png";
    }
}
