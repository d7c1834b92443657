package dev.wscope.core;

/** Wscope's version, from the jar's manifest; "dev" when run from classes (tests, the IDE). */
public final class AppVersion {
    private AppVersion() {
    }

    public static String current() {
        String version = AppVersion.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
