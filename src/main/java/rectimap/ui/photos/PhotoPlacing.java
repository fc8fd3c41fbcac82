package rectimap.ui.photos;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.event.EventHandler;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import rectimap.model.FeatureRef;
import rectimap.ui.Messages;

/**
 * Places photos without a GPS position by a click: once {@link #place armed}, the next primary click on the map
 * attaches the photos to the feature under it (as a drop there would: {@link PhotoDrop#attach}), instead of what the
 * map's tool would do with the click; Esc or a click where no feature is gives up. FX application thread only.
 */
final class PhotoPlacing {
    private final Messages messages;
    private final Node map;
    private final PhotoDrop drop;
    private final java.util.function.Consumer<String> say;
    private Runnable disarm;
    private CompletableFuture<Boolean> pending = CompletableFuture.completedFuture(false);

    PhotoPlacing(Messages messages, Node map, PhotoDrop drop, java.util.function.Consumer<String> say) {
        this.messages = messages;
        this.map = map;
        this.drop = drop;
        this.say = say;
    }

    /**
     * Arms the map: the next click attaches {@code files}. Completes (FX thread) with whether they were attached;
     * a placing armed before is given up.
     */
    CompletableFuture<Boolean> place(List<Path> files) {
        if (disarm != null) {
            disarm.run();
            pending.complete(false);
        }
        CompletableFuture<Boolean> placed = new CompletableFuture<>();
        pending = placed;
        double[] pressedAt = new double[2];
        EventHandler<MouseEvent> clicks = event -> {
            event.consume();
            if (event.getEventType() == MouseEvent.MOUSE_PRESSED && event.getButton() == MouseButton.PRIMARY) {
                pressedAt[0] = event.getX();
                pressedAt[1] = event.getY();
            } else if (event.getEventType() == MouseEvent.MOUSE_CLICKED && event.getButton() == MouseButton.PRIMARY) {
                disarm.run();
                attachAt(pressedAt[0], pressedAt[1], files, placed);
            }
        };
        EventHandler<KeyEvent> escape = event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                disarm.run();
                say.accept(messages.get("photo.folder.placeCancelled"));
                placed.complete(false);
            }
        };
        Cursor before = map.getCursor();
        map.addEventFilter(MouseEvent.ANY, clicks);
        map.getScene().addEventFilter(KeyEvent.KEY_PRESSED, escape);
        map.setCursor(Cursor.CROSSHAIR);
        disarm = () -> {
            map.removeEventFilter(MouseEvent.ANY, clicks);
            map.getScene().removeEventFilter(KeyEvent.KEY_PRESSED, escape);
            map.setCursor(before);
            disarm = null;
        };
        say.accept(messages.format("photo.folder.placeHint", files.size()));
        return placed;
    }

    private void attachAt(double x, double y, List<Path> files, CompletableFuture<Boolean> placed) {
        Optional<FeatureRef> target = drop.featureAt(x, y);
        if (target.isEmpty()) {
            say.accept(messages.get("photo.drop.noFeature"));
            placed.complete(false);
            return;
        }
        drop.attach(files, target.get()).whenComplete((outcome, failure) -> placed.complete(failure == null));
    }
}
