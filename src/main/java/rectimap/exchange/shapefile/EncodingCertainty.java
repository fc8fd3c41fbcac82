package rectimap.exchange.shapefile;

/** How the text encoding of a DBF was found, from surest to least sure. */
public enum EncodingCertainty {
    /** The .cpg or the language-driver byte names it. */
    DECLARED,
    /** The user picked it (from the preview). */
    USER_CHOSEN,
    /** Nothing names it, but the text decodes one way only (strict UTF-8 or strict GB18030). */
    DETECTED,
    /** All text is ASCII: every candidate reads it the same. */
    ASCII_ONLY,
    /** The text decodes both ways, or neither: show the preview of both and let the user pick. */
    UNSURE
}
