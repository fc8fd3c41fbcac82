package rectimap.model;

/** Where a layer's geometry comes from; schematic geometry is labelled 示意 on screen and on paper. */
public enum Provenance {
    /** Real survey or imported data. */
    SURVEYED,
    /** Generated sample geometry with real names and codes; always labelled 示意. */
    SCHEMATIC
}
