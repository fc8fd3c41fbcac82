package rectimap.model.style;

/** Whether a classified style keeps a colour per class or becomes one symbol for every feature. */
public enum ClassColouring {
    /** Each class keeps its own fill colour (the style dialog's other choices still apply to every class). */
    BY_CLASS,
    /** One symbol for all features: the classes are dropped. */
    SINGLE
}
