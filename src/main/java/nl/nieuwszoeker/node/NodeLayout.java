package nl.nieuwszoeker.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.nieuwszoeker.es.ProvisionException;

/**
 * The node's own home beside its data: the cached distribution hard-linked in, its own config and the
 * analysis plugins, so the shared cache stays pristine and several nodes can use it at once.
 */
record NodeLayout(Path home, Path data, Path logs, Path tmp) {

    Path consoleLog() {
        return logs.resolve("console.log");
    }

    /** Where the node of a data folder runs from; its launcher names this folder, which tells the node apart. */
    static Path homeOf(Path state) {
        return state.resolve("home");
    }

    static NodeLayout prepare(Path dist, Path state, RunAs runAs, PluginZips plugins) {
        var layout = new NodeLayout(homeOf(state), state.resolve("data"), state.resolve("logs"), state.resolve("tmp"));
        try {
            runAs.requireReachable(dist);
            runAs.requireReachable(state);
            FileTrees.delete(layout.home);
            FileTrees.delete(layout.tmp);
            Files.createDirectories(layout.home);
            for (String part : new String[] {"bin", "lib", "modules"}) {
                FileTrees.link(dist.resolve(part), layout.home.resolve(part));
            }
            FileTrees.copy(dist.resolve("config"), layout.home.resolve("config"));
            Files.createDirectories(layout.home.resolve("logs"));
            plugins.installInto(layout.home.resolve("plugins"));
            Files.createDirectories(layout.data);
            Files.createDirectories(layout.logs);
            Files.createDirectories(layout.tmp);
            Files.deleteIfExists(layout.consoleLog());
            for (Path own : new Path[] {layout.home.resolve("config"), layout.home.resolve("logs"), layout.data,
                    layout.logs, layout.tmp}) {
                runAs.own(own);
            }
            return layout;
        } catch (IOException e) {
            throw new ProvisionException("cannot prepare the embedded node in " + state + ": " + e.getMessage(), e);
        }
    }
}
