package rectimap.store;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rectimap.model.LayerStateChange;
import rectimap.model.LayerView;
import rectimap.model.style.LayerStyle;

/**
 * The layer display part of a history step in {@link ChangeSetCodec}'s binary form: a presence flag, then the before
 * views and the after views, each a count and per view its table, visibility, opacity (IEEE bits) and style text
 * ({@link LayerStyleText}). An after view whose style equals the same table's before style stores a flag instead of
 * the text: most steps change no style. Pure.
 */
final class LayerViewsCodec {
    private LayerViewsCodec() {
    }

    static void write(DataOutputStream out, LayerStateChange change) throws IOException {
        out.writeBoolean(change != null);
        if (change == null) {
            return;
        }
        Map<String, LayerStyle> beforeStyles = new HashMap<>();
        writeViews(out, change.before(), Map.of());
        change.before().forEach(v -> beforeStyles.put(v.tableName(), v.style()));
        writeViews(out, change.after(), beforeStyles);
    }

    static LayerStateChange read(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        List<LayerView> before = readViews(in, Map.of());
        Map<String, LayerStyle> beforeStyles = new HashMap<>();
        before.forEach(v -> beforeStyles.put(v.tableName(), v.style()));
        return new LayerStateChange(before, readViews(in, beforeStyles));
    }

    private static void writeViews(DataOutputStream out, List<LayerView> views, Map<String, LayerStyle> same)
            throws IOException {
        out.writeInt(views.size());
        for (LayerView view : views) {
            Utf8Field.write(out, view.tableName());
            out.writeBoolean(view.visible());
            out.writeLong(Double.doubleToRawLongBits(view.opacity()));
            boolean unchanged = view.style().equals(same.get(view.tableName()));
            out.writeBoolean(unchanged);
            if (!unchanged) {
                Utf8Field.write(out, LayerStyleText.write(view.style()));
            }
        }
    }

    private static List<LayerView> readViews(DataInputStream in, Map<String, LayerStyle> same) throws IOException {
        int count = in.readInt();
        List<LayerView> views = new ArrayList<>(Math.min(count, 1000));
        for (int i = 0; i < count; i++) {
            String table = Utf8Field.read(in);
            boolean visible = in.readBoolean();
            double opacity = Double.longBitsToDouble(in.readLong());
            LayerStyle style = in.readBoolean() ? same.get(table) : LayerStyleText.read(Utf8Field.read(in));
            if (style == null) {
                throw new IOException("view of " + table + " refers to a before style that is not there");
            }
            views.add(new LayerView(table, visible, opacity, style));
        }
        return views;
    }
}
