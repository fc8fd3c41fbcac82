package rectimap.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import rectimap.model.StoreException;
import rectimap.model.StoreProblem;

/**
 * The durable copy of the moves and settings a session could not write to its project yet (another program held
 * the file, the disk was full, no permission): {@code <project>.rectimap-pending} beside the project, or, when that
 * folder cannot be written, {@code pending/<project>-<hash>.rectimap-pending} in the {@link UserFolder}. Rewritten
 * whole on each change (temporary file, fsync, atomic move, fsync of the folder), so a crash leaves the old or the
 * new list; deleted once everything reached the project. The next editing session replays it at open.
 *
 * <p>Format: "RECTIMAP-PENDING", the version, the project's path, the count, then per write its origin, sequence
 * number and either a move (DONE/UNDONE/REDONE, step name, {@link ChangeSetCodec} bytes), a setting (key, value)
 * or a review record ({@link ReviewEntryCodec}). Version 1 holds moves and settings (an earlier build also wrote
 * review records under it, which are still read); version 2 is written when a review record is kept, so a
 * Rectimap that knows only version 1 refuses it as newer instead of failing on the record. A version above
 * {@value #NEWEST} is refused as {@link StoreProblem#RECOVERY_JOURNAL_NEWER} and left as it is.
 * Confined to the journal's writer thread.
 */
final class RecoveryJournal {
    static final String SUFFIX = ".rectimap-pending";
    private static final String MAGIC = "RECTIMAP-PENDING";
    private static final int MOVES_AND_SETTINGS = 1;
    private static final int WITH_REVIEW_RECORDS = 2;
    static final int NEWEST = WITH_REVIEW_RECORDS;
    private static final byte MOVE = 1;
    private static final byte SETTING = 2;

    private final Path project;
    private final List<Path> places;
    private final ChangeSetCodec codec = new ChangeSetCodec();

    private RecoveryJournal(Path project, List<Path> places) {
        this.project = project;
        this.places = places;
    }

    /** The recovery journal of {@code project} (nothing is read or written yet). */
    static RecoveryJournal of(Path project) {
        Path absolute = project.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        return new RecoveryJournal(absolute, List.of(absolute.resolveSibling(name + SUFFIX),
                UserFolder.path().resolve("pending").resolve(name + "-" + hash(absolute) + SUFFIX)));
    }

    /** Where an earlier session left its writes, if anywhere. */
    Optional<Path> existing() {
        return places.stream().filter(Files::isRegularFile).findFirst();
    }

    /**
     * The writes an earlier session left, oldest first; empty when there are none; IOException when unreadable.
     *
     * @throws StoreException RECOVERY_JOURNAL_NEWER (subject: the journal's path) when a newer Rectimap wrote it;
     *                        the journal is not touched
     */
    List<PendingWrite> read() throws IOException {
        Optional<Path> place = existing();
        if (place.isEmpty()) {
            return List.of();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(place.get())))) {
            if (!MAGIC.equals(in.readUTF())) {
                throw new IOException(place.get() + " is not a Rectimap recovery journal");
            }
            int version = in.readInt();
            if (version > NEWEST) {
                throw new StoreException(StoreProblem.RECOVERY_JOURNAL_NEWER, project, place.get().toString(),
                        "recovery journal version " + version + ", this build reads up to " + NEWEST, null);
            }
            if (version < MOVES_AND_SETTINGS) {
                throw new IOException(place.get() + " is not a Rectimap recovery journal");
            }
            in.readUTF();
            int count = in.readInt();
            List<PendingWrite> writes = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String origin = in.readUTF();
                long seq = in.readLong();
                writes.add(new PendingWrite(origin, seq, readWrite(in)));
            }
            return writes;
        }
    }

    /**
     * Replaces the journal's content by the durable ones of {@code writes} (all of them deleted when none is
     * durable), in the first place that can be written.
     *
     * @return where they are kept; empty when nothing needed keeping
     * @throws IOException when no place can be written (the writes then live in memory only)
     */
    Optional<Path> keep(List<PendingWrite> writes) throws IOException {
        List<PendingWrite> durable = writes.stream().filter(w -> w.write().durable()).toList();
        if (durable.isEmpty()) {
            clear();
            return Optional.empty();
        }
        byte[] bytes = encode(durable);
        IOException failure = null;
        for (Path place : places) {
            try {
                writeDurably(place, bytes);
                for (Path other : places) {
                    if (!other.equals(place)) {
                        Files.deleteIfExists(other);
                    }
                }
                return Optional.of(place);
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        throw failure;
    }

    /**
     * Renames the journal to {@code .not-applied} beside where it is, so it is not replayed again but stays for
     * someone to look at.
     *
     * @return the new name
     */
    Path setAside() throws IOException {
        Path place = existing().orElseThrow(() -> new IOException("no recovery journal of " + project));
        Path aside = place.resolveSibling(place.getFileName() + ".not-applied");
        ProjectCopy.moveIntoPlace(place, aside);
        return aside;
    }

    /** Deletes the journal wherever it is (everything reached the project). */
    void clear() throws IOException {
        for (Path place : places) {
            Files.deleteIfExists(place);
        }
    }

    private byte[] encode(List<PendingWrite> writes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(MAGIC);
            out.writeInt(writes.stream().anyMatch(w -> w.write() instanceof JournalWrite.Review)
                    ? WITH_REVIEW_RECORDS : MOVES_AND_SETTINGS);
            out.writeUTF(project.toString());
            out.writeInt(writes.size());
            for (PendingWrite pending : writes) {
                out.writeUTF(pending.origin());
                out.writeLong(pending.seq());
                if (pending.write() instanceof JournalWrite.Move move) {
                    byte[] step = codec.encode(move.step());
                    out.writeByte(MOVE);
                    out.writeUTF(move.kind().name());
                    out.writeUTF(move.step().name());
                    out.writeInt(step.length);
                    out.write(step);
                } else if (pending.write() instanceof JournalWrite.Setting setting) {
                    out.writeByte(SETTING);
                    out.writeUTF(setting.key());
                    out.writeUTF(setting.value());
                } else if (pending.write() instanceof JournalWrite.Review review) {
                    ReviewEntryCodec.write(out, review.entry());
                }
            }
        }
        return bytes.toByteArray();
    }

    private JournalWrite readWrite(DataInputStream in) throws IOException {
        byte type = in.readByte();
        if (type == MOVE) {
            ChangeLogRows.Action kind = ChangeLogRows.Action.valueOf(in.readUTF());
            String name = in.readUTF();
            byte[] step = new byte[in.readInt()];
            in.readFully(step);
            try {
                return new JournalWrite.Move(kind, codec.decode(name, step));
            } catch (org.locationtech.jts.io.ParseException e) {
                throw new IOException("step " + name + ": " + e.getMessage(), e);
            }
        }
        if (type == SETTING) {
            return new JournalWrite.Setting(in.readUTF(), in.readUTF());
        }
        if (type == ReviewEntryCodec.VERDICT || type == ReviewEntryCodec.MARK) {
            return new JournalWrite.Review(ReviewEntryCodec.read(type, in));
        }
        throw new IOException("unknown write type " + type);
    }

    private static void writeDurably(Path place, byte[] bytes) throws IOException {
        Files.createDirectories(place.getParent());
        Path temp = place.resolveSibling(place.getFileName() + ".writing");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        ProjectCopy.moveIntoPlace(temp, place);
        syncFolder(place.getParent());
    }

    /** Makes the rename durable (Linux; elsewhere opening a folder fails and the OS's own ordering has to do). */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself.
        }
    }

    private static String hash(Path absolute) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(absolute.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
