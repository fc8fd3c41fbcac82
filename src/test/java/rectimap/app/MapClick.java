package rectimap.app;

import javafx.geometry.Point2D;
import org.locationtech.jts.geom.Coordinate;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import rectimap.geo.CrsTransform;
import rectimap.geo.Epsg;
import rectimap.model.Feature;
import rectimap.ui.MainWindow;

/** A user's click on the map at a lon/lat position, after zooming there at a scale. Test thread. */
final class MapClick {
    private MapClick() {
    }

    /** Finds a feature of the open project by table and attribute value. */
    static Feature feature(MainWindow window, String table, String field, String value) {
        return window.model().project().layer(table).orElseThrow().layer().features().stream()
                .filter(f -> f.text(field).equals(value)).findFirst().orElseThrow();
    }

    /** Centres the map on (lon, lat) at 1:{@code scale} and clicks there with the primary button. */
    static void at(FxRobot robot, MainWindow window, Coordinate lonLat, double scale) {
        Coordinate grid = CrsTransform.between(Epsg.CGCS2000, Epsg.CGCS2000_GK_CM_111E).apply(lonLat.x, lonLat.y);
        robot.interact(() -> {
            window.model().zoomToScale(scale);
            window.model().setViewport(window.model().viewport().centredOn(grid.x, grid.y));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Point2D onCanvas = new Point2D(window.model().viewport().toScreenX(grid.x),
                window.model().viewport().toScreenY(grid.y));
        robot.clickOn(robot.lookup("#mapCanvas").query().localToScreen(onCanvas));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
