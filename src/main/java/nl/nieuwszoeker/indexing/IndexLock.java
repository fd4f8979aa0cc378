package nl.nieuwszoeker.indexing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One indexing run per alias at a time, across processes on this machine: a file lock in the data folder,
 * which the operating system releases when its holder dies. The file names the holder for the refusal.
 */
public final class IndexLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;
    private final ReentrantLock local;

    private IndexLock(FileChannel channel, FileLock lock, ReentrantLock local) {
        this.channel = channel;
        this.lock = lock;
        this.local = local;
    }

    /** Where the lock of alias lives under the data folder. */
    public static Path file(Path dataDir, String alias) {
        return dataDir.resolve("locks").resolve("index-" + alias + ".lock");
    }

    /**
     * The lock, or empty when another run holds it. Within one process, local keeps threads apart: a second
     * channel on the file must not be opened, since closing it would drop this process's lock.
     */
    public static Optional<IndexLock> tryAcquire(Path file, String holder, ReentrantLock local) {
        if (!local.tryLock()) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                local.unlock();
                return Optional.empty();
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + ", " + holder + ", since "
                    + Instant.now() + "\n").getBytes(StandardCharsets.UTF_8)));
            return Optional.of(new IndexLock(channel, lock, local));
        } catch (IOException e) {
            // A read-only data folder (a container for an external cluster) must not stop indexing altogether.
            org.slf4j.LoggerFactory.getLogger(IndexLock.class).warn("cannot write the index lock {} ({}); indexing"
                    + " without it, so nothing keeps two runs on one alias apart", file, e.getMessage());
            return Optional.of(new IndexLock(null, null, local));
        }
    }

    /** What the holder wrote into the lock file, for the message that refuses a second run. */
    public static String holder(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "unknown holder";
        }
    }

    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
                channel.close();
            }
        } catch (IOException ignored) {
            // closing the channel releases the lock in any case
        } finally {
            local.unlock();
        }
    }
}
