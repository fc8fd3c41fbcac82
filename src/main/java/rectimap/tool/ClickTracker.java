package rectimap.tool;

/**
 * Tells a click (press and release within {@link #CLICK_SLOP_PX} screen pixels) from a drag, for one tool. Mutable;
 * FX application thread only.
 */
final class ClickTracker {
    /** How far, in screen pixels, the pointer may wander between press and release and still click. */
    static final double CLICK_SLOP_PX = 4;

    private PointerEvent press;

    void pressed(PointerEvent event) {
        press = event;
    }

    /** The press of the gesture in progress, or null. */
    PointerEvent press() {
        return press;
    }

    /** Whether the pointer has left the click slop since the press (a drag is under way). */
    boolean isDrag(PointerEvent event) {
        return press != null
                && Math.hypot(event.screenX() - press.screenX(), event.screenY() - press.screenY()) > CLICK_SLOP_PX;
    }

    /** Whether this release ends a click; forgets the press. */
    boolean releasedAsClick(PointerEvent release) {
        boolean click = press != null && !isDrag(release);
        press = null;
        return click;
    }

    void reset() {
        press = null;
    }
}
