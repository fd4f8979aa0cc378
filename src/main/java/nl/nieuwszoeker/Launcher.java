package nl.nieuwszoeker;

/**
 * The jar's entry point, compiled for Java 8 so that an old Java prints what is wrong instead of an
 * UnsupportedClassVersionError; everything else needs 17.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        String spec = System.getProperty("java.specification.version", "0");
        int feature = Integer.parseInt(spec.startsWith("1.") ? spec.substring(2) : spec.split("\\.")[0]);
        if (feature < 17) {
            System.err.println("error: nieuwszoeker needs Java 17 or newer, but runs on Java " + spec + " ("
                    + System.getProperty("java.home") + "). Install a JDK 17+ and point JAVA_HOME or PATH at it.");
            System.exit(3);
        }
        Class.forName("nl.nieuwszoeker.Main").getMethod("main", String[].class).invoke(null, (Object) args);
    }
}
