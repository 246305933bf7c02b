package dev.smhtoken.instance;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;

/**
 * Where the hand-over channel lives: a Unix-domain socket in a folder of its own inside the data
 * folder, {@code channel/window.sock}. The folder is the owner's alone (0700), so no other user can
 * even reach the socket, which is 0600 besides. A Unix-domain socket and no TCP port: nothing on
 * the network, and no other user on the machine, can talk to the window.
 *
 * <p>Windows: the design asked for a named pipe there, because Windows had no Unix-domain sockets.
 * It has them since Windows 10 (build 17063), and the JDK offers them since 16, so the same socket
 * serves and no native code is needed for a pipe. What the pipe was for still holds: the socket is
 * a file in the user's own data folder under {@code %APPDATA%}, which the profile's ACL keeps to
 * that user, and nothing listens on a port. There are no POSIX modes to set, so this class checks
 * them only where the file system has them; an older Windows without AF_UNIX simply has no
 * hand-over (the channel cannot be opened, and a second launch starts as it did before).
 */
public final class SummonsChannel {
    static final String FOLDER = "channel";
    static final String SOCKET = "window.sock";
    static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_ONLY_SOCKET = PosixFilePermissions.fromString("rw-------");

    private SummonsChannel() {
    }

    /** The socket file of {@code dataDirectory}'s window, whether or not it exists. */
    public static Path socketFile(Path dataDirectory) {
        return dataDirectory.toAbsolutePath().resolve(FOLDER).resolve(SOCKET);
    }

    static UnixDomainSocketAddress address(Path dataDirectory) {
        return UnixDomainSocketAddress.of(socketFile(dataDirectory));
    }

    /** A Unix-domain client channel, or an IOException where this platform has none. */
    static SocketChannel openClient() throws IOException {
        try {
            return SocketChannel.open(StandardProtocolFamily.UNIX);
        } catch (UnsupportedOperationException e) {
            throw new IOException("this system offers no Unix-domain sockets", e);
        }
    }

    static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /**
     * Makes the channel's folder owner-only, creating it if needed. A folder there that is a link,
     * not a folder, or owned by someone other than the data folder's owner is refused: the window
     * then runs without a channel rather than listen where others could.
     */
    static Path prepareFolder(Path dataDirectory) throws IOException {
        Path data = dataDirectory.toAbsolutePath();
        Path folder = data.resolve(FOLDER);
        boolean posix = posix(folder);
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            try {
                if (posix) {
                    Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
                } else {
                    Files.createDirectory(folder);
                }
            } catch (FileAlreadyExistsException raced) {
                // checked below like any folder found there
            }
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(folder + " is not a folder");
        }
        if (posix) {
            UserPrincipal owner = Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS);
            if (!owner.equals(Files.getOwner(data))) {
                throw new IOException(folder + " belongs to " + owner.getName() + ", not to the data folder's owner");
            }
            if (!Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS).equals(OWNER_ONLY_FOLDER)) {
                Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER);
            }
        }
        return folder;
    }
}
