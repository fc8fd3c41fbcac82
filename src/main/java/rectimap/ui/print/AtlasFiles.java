package rectimap.ui.print;

/** How an atlas's PDF pages are split into files. */
public enum AtlasFiles {
    /** All pages in one PDF. */
    ONE_PDF,
    /** One PDF per township (named after it), beside each other in the chosen folder. */
    PDF_PER_TOWNSHIP
}
