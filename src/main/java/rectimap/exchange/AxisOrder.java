package rectimap.exchange;

/**
 * Which way round a table's x/y columns are. GIS tools write x = easting (or longitude), y = northing (or
 * latitude); a Chinese survey table (测量坐标) writes X = northing (纵坐标), Y = easting (横坐标).
 */
public enum AxisOrder {
    /** Decide from the values' ranges ({@link SurveyAxes}); the table's order is kept when they cannot tell. */
    DETECT,
    /** The x column is the easting or longitude (GIS order): read as written. */
    X_EAST,
    /** The x column is the northing or latitude (surveying order, X 为北坐标): the two columns are swapped. */
    X_NORTH
}
