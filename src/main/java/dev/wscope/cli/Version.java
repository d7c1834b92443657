package dev.wscope.cli;

import picocli.CommandLine;

/** The version from the jar's manifest ("dev" when run from classes). */
public final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"wscope " + dev.wscope.core.AppVersion.current()};
    }
}
