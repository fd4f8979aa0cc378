package nl.nieuwszoeker.es;

/** Elasticsearch 8.19 runs on the same Java as the app; it needs 17 or newer. */
final class JavaRuntime {

    static final int MINIMUM = 17;

    private JavaRuntime() {}

    static void requireSupported() {
        int feature = Runtime.version().feature();
        if (feature < MINIMUM) {
            throw new ProvisionException("Java " + feature + " at " + System.getProperty("java.home")
                    + " is too old: Elasticsearch needs Java " + MINIMUM + " or newer. Point JAVA_HOME at a newer JDK.");
        }
    }
}
