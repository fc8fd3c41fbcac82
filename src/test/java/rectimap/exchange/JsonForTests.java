package rectimap.exchange;

/** The importer's JSON reader, opened to tests in other packages (reading GDAL's output). */
public final class JsonForTests {
    private JsonForTests() {
    }

    public static Object parse(String json) {
        try {
            return JsonSyntax.parse(json);
        } catch (JsonSyntax.Flaw e) {
            throw new IllegalArgumentException(e.getMessage() + ": " + json, e);
        }
    }
}
