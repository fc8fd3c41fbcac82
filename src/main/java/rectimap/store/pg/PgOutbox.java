package rectimap.store.pg;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;
import org.locationtech.jts.io.ParseException;
import rectimap.model.ChangeSet;
import rectimap.store.StoredRows;
import rectimap.store.UserFolder;

/**
 * The durable queue of one user's steps to one shared project that the server has not confirmed yet, so a step
 * survives the network dropping, the server restarting AND this program ending before they are back: the next
 * session sends them again under their ids ({@link PgStepWriter} applies an id once). A file in the user's data
 * folder, {@code outbox/<project>-<hash>.rectimap-outbox}, append-only: each record is
 * {@code [length][type][payload][CRC-32]} — type 1 a step (id, action, name, the step as a history row's bytes,
 * when it was kept in epoch milliseconds: a record written before the time was kept has none), type 2 "done" (id). A step is forced to disk before it is sent; a torn last record (a crash while appending) is
 * ignored. The file is deleted whenever nothing is pending. Not thread-safe: one owner thread.
 */
final class PgOutbox {
    private static final String MAGIC = "RECTIMAP-OUTBOX";
    private static final int VERSION = 1;
    private static final byte STEP = 1;
    private static final byte DONE = 2;

    /** A step waiting for the server's confirmation, kept at {@code keptAt} (null when the record has no time). */
    record Pending(UUID id, String action, ChangeSet step, Instant keptAt) {
    }

    private final Path file;
    private final String project;
    private final Map<UUID, Pending> pending = new LinkedHashMap<>();
    private FileChannel channel;
    /** The bytes of the file up to its last whole record (a torn tail is cut off before the next append). */
    private long validLength;

    private PgOutbox(Path file, String project) {
        this.file = file;
        this.project = project;
    }

    /** The outbox of {@code address} (its user, server, database and schema) in the user's data folder. */
    static PgOutbox of(PgAddress address) {
        return in(UserFolder.path().resolve("outbox"), address);
    }

    /** The outbox of {@code address} in {@code folder}; reads what an earlier session left there. */
    static PgOutbox in(Path folder, PgAddress address) {
        String project = address.toString();
        String name = (address.database() + "-" + address.schema()).replaceAll("[^\\p{L}\\p{N}_.-]", "_");
        PgOutbox outbox = new PgOutbox(folder.resolve(name + "-" + Integer.toHexString(project.hashCode())
                + ".rectimap-outbox"), project);
        outbox.load();
        return outbox;
    }

    Path file() {
        return file;
    }

    /** The steps not confirmed yet, oldest first. */
    List<Pending> pending() {
        return new ArrayList<>(pending.values());
    }

    /** Keeps {@code step} durably (on disk before this returns), noting the time now. */
    void add(UUID id, String action, ChangeSet step) throws IOException {
        Instant now = Instant.now();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeId(out, id);
            out.writeUTF(action);
            out.writeUTF(step.name());
            byte[] changes = StoredRows.encode(step);
            out.writeInt(changes.length);
            out.write(changes);
            out.writeLong(now.toEpochMilli());
        }
        append(STEP, bytes.toByteArray(), true);
        pending.put(id, new Pending(id, action, step, now));
    }

    /** The server confirmed (or finally refused) step {@code id}; the file goes when nothing is pending. */
    void done(UUID id) throws IOException {
        if (pending.remove(id) == null) {
            return;
        }
        if (pending.isEmpty()) {
            close();
            Files.deleteIfExists(file);
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeId(out, id);
        }
        // Not forced: a "done" lost in a crash only makes the next session send the step again, applied once.
        append(DONE, bytes.toByteArray(), false);
    }

    void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }

    private void append(byte type, byte[] payload, boolean force) throws IOException {
        if (channel == null) {
            Files.createDirectories(file.getParent());
            boolean fresh = !Files.exists(file) || validLength == 0;
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            channel.truncate(validLength);
            channel.position(validLength);
            if (fresh) {
                ByteArrayOutputStream header = new ByteArrayOutputStream();
                try (DataOutputStream out = new DataOutputStream(header)) {
                    out.writeUTF(MAGIC);
                    out.writeInt(VERSION);
                    out.writeUTF(project);
                }
                write(header.toByteArray());
            }
        }
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(payload);
        ByteBuffer record = ByteBuffer.allocate(4 + 1 + payload.length + 4);
        record.putInt(payload.length).put(type).put(payload).putInt((int) crc.getValue()).flip();
        write(record.array());
        if (force) {
            channel.force(false);
        }
    }

    private void write(byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private void load() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        java.io.ByteArrayInputStream bytes;
        try {
            bytes = new java.io.ByteArrayInputStream(Files.readAllBytes(file));
        } catch (IOException e) {
            return;
        }
        int size = bytes.available();
        try (DataInputStream in = new DataInputStream(bytes)) {
            if (!MAGIC.equals(in.readUTF()) || in.readInt() != VERSION) {
                return;
            }
            in.readUTF();
            validLength = size - bytes.available();
            while (true) {
                int length = in.readInt();
                byte type = in.readByte();
                byte[] payload = in.readNBytes(length);
                int stored = in.readInt();
                CRC32 crc = new CRC32();
                crc.update(type);
                crc.update(payload);
                if (payload.length != length || stored != (int) crc.getValue()) {
                    return;
                }
                read(type, payload);
                validLength += 4 + 1 + length + 4;
            }
        } catch (EOFException e) {
            // The end, or a torn last record: everything before it counts.
        } catch (IOException | ParseException | RuntimeException e) {
            // An unreadable outbox is left where it is (not deleted): what was read so far is sent.
        }
    }

    private void read(byte type, byte[] payload) throws IOException, ParseException {
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(payload));
        UUID id = new UUID(in.readLong(), in.readLong());
        if (type == DONE) {
            pending.remove(id);
            return;
        }
        String action = in.readUTF();
        String name = in.readUTF();
        byte[] changes = in.readNBytes(in.readInt());
        Instant keptAt = in.available() >= Long.BYTES ? Instant.ofEpochMilli(in.readLong()) : null;
        pending.put(id, new Pending(id, action, StoredRows.step(name, changes), keptAt));
    }

    private static void writeId(DataOutputStream out, UUID id) throws IOException {
        out.writeLong(id.getMostSignificantBits());
        out.writeLong(id.getLeastSignificantBits());
    }
}
