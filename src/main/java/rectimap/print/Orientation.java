package rectimap.print;

/** Which way the paper is turned: portrait (taller than wide) or landscape. */
public enum Orientation {
    PORTRAIT, LANDSCAPE
}
