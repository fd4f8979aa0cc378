package nl.nieuwszoeker.node;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import nl.nieuwszoeker.es.ProvisionException;

/** Elasticsearch refuses to run as root, so a root process hands the node to the unprivileged user nobody. */
record RunAs(List<String> prefix, UserPrincipal user, GroupPrincipal group) {

    static RunAs forCurrentUser() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return new RunAs(List.of(), null, null);
        }
        var lookup = FileSystems.getDefault().getUserPrincipalLookupService();
        try {
            UserPrincipal nobody = lookup.lookupPrincipalByName("nobody");
            GroupPrincipal group;
            String groupName = "nogroup";
            try {
                group = lookup.lookupPrincipalByGroupName(groupName);
            } catch (IOException e) {
                groupName = "nobody";
                group = lookup.lookupPrincipalByGroupName(groupName);
            }
            return new RunAs(List.of("setpriv", "--reuid=nobody", "--regid=" + groupName, "--clear-groups", "--"),
                    nobody, group);
        } catch (IOException e) {
            throw new ProvisionException("running as root, but there is no user 'nobody' to run Elasticsearch as;"
                    + " run as an ordinary user instead");
        }
    }

    boolean switchesUser() {
        return user != null;
    }

    String description() {
        return switchesUser() ? " as user nobody, because Elasticsearch refuses to run as root" : "";
    }

    /** Gives the node's own folders to the node's user. */
    void own(Path dir) throws IOException {
        if (!switchesUser()) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                var view = Files.getFileAttributeView(p, PosixFileAttributeView.class);
                view.setOwner(user);
                view.setGroup(group);
            }
        }
    }

    /** The node's user must be able to walk down to its folders; /root, for one, does not let it. */
    void requireReachable(Path dir) throws IOException {
        if (!switchesUser()) {
            return;
        }
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                throw new ProvisionException("Elasticsearch runs as user nobody because this process is root, but "
                        + p + " does not let other users in, so it cannot reach " + dir
                        + ". Set NZ_DATA_DIR and NZ_CACHE_DIR to folders under /var/lib or /tmp, or run as an ordinary user.");
            }
        }
    }
}
