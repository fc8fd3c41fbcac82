package rectimap.render;

/** Text weight on a drawing surface. */
public enum FontWeight {
    NORMAL, BOLD
}
