package rectimap.ui;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A side tab whose content is built the first time the tab is shown (selected), so the window's first frame neither
 * builds nor styles nor lays out panels nobody has opened. Whoever owns the panel keeps its state (latest report,
 * chosen days, …): the builder fills a new panel from that state, and {@link #ifBuilt} passes later changes on to a
 * panel that exists. FX thread.
 *
 * @param <V> the panel the tab shows
 */
public final class LazyTab<V extends Node> {
    private final Tab tab;
    private final Supplier<V> build;
    private final Function<V, Node> place;
    private V panel;

    /**
     * @param id    the tab's {@code #id}
     * @param title the tab's title, shown from the start
     * @param build makes the panel filled from its owner's current state; called at most once
     * @param place what the tab holds around the panel (e.g. a scroll pane), given the new panel
     */
    public LazyTab(String id, String title, Supplier<V> build, Function<V, Node> place) {
        this.build = build;
        this.place = place;
        tab = new Tab(title);
        tab.setId(id);
        tab.setClosable(false);
        tab.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                panel();
            }
        });
    }

    /** A tab holding the panel itself. */
    public LazyTab(String id, String title, Supplier<V> build) {
        this(id, title, build, v -> v);
    }

    public Tab tab() {
        return tab;
    }

    /** The panel, built now if the tab was never shown. */
    public V panel() {
        if (panel == null) {
            panel = build.get();
            tab.setContent(place.apply(panel));
        }
        return panel;
    }

    /** The panel if it was built; empty while the tab was never shown. */
    public Optional<V> built() {
        return Optional.ofNullable(panel);
    }

    /** Runs {@code change} on the panel if it exists; a panel built later gets the state from its builder instead. */
    public void ifBuilt(Consumer<V> change) {
        if (panel != null) {
            change.accept(panel);
        }
    }

    /** Brings the tab to the front of its pane (building the panel); nothing while the tab is in no pane. */
    public void reveal() {
        if (tab.getTabPane() != null) {
            tab.getTabPane().getSelectionModel().select(tab);
        }
    }
}
