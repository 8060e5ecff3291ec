package dev.offprint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/**
 * The version {@code --version} prints: from the {@code pom.properties} Maven puts in the jar, else
 * the jar manifest, else "development build" (running from classes, as tests do).
 */
public final class VersionProvider implements CommandLine.IVersionProvider {

    static final String POM_PROPERTIES = "/META-INF/maven/dev.offprint/offprint/pom.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"offprint " + version()};
    }

    static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.isBlank()) return v.strip();
            }
        } catch (IOException e) {
            // fall through to the manifest
        }
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return v != null ? v : "development build";
    }
}
