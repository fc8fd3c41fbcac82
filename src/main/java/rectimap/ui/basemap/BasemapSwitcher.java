package rectimap.ui.basemap;

import java.util.function.Consumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import rectimap.ui.Messages;

/**
 * The toolbar's 底图 list ({@code #basemapSwitcher}): 无, 天地图矢量, 天地图影像, 天地图地形, the project's imagery
 * file or other online service when it keeps one (by its title), 本地影像…. A choice by the user goes to {@code chosen}; {@link #show} sets the list without
 * asking anything (a project opened, a choice refused). FX thread.
 */
public final class BasemapSwitcher extends HBox {
    private final ComboBox<BasemapEntry> list = new ComboBox<>();
    private boolean showing;

    public BasemapSwitcher(Messages messages, Consumer<BasemapEntry> chosen) {
        super(4);
        setId("basemapBox");
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        list.setId("basemapSwitcher");
        list.getItems().setAll(BasemapEntry.fixed(messages));
        list.getSelectionModel().selectFirst();
        list.valueProperty().addListener((o, before, now) -> {
            if (!showing && now != null) {
                chosen.accept(now);
            }
        });
        getChildren().addAll(new Label(messages.get("basemap.label")), list);
    }

    /**
     * Shows {@code entry} as chosen (a file or other online line is added before 本地影像…, in place of an earlier
     * one), without telling anyone.
     */
    public void show(BasemapEntry entry) {
        showing = true;
        try {
            if (!list.getItems().contains(entry)) {
                list.getItems().removeIf(e -> e.kind() == BasemapEntry.Kind.FILE
                        || e.kind() == BasemapEntry.Kind.ONLINE);
                list.getItems().add(list.getItems().size() - 1, entry);
            }
            list.getSelectionModel().select(entry);
        } finally {
            showing = false;
        }
    }

    /** The line shown now. */
    public BasemapEntry shown() {
        return list.getValue();
    }
}
