package rectimap.store;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A text in the project's binary blobs (history steps, layer views): its UTF-8 byte count as an int, then the
 * bytes. Not {@code writeUTF}: that stops at 64 KiB and uses modified UTF-8, and a long note must round-trip.
 */
final class Utf8Field {
    private Utf8Field() {
    }

    static void write(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    static String read(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }
}
