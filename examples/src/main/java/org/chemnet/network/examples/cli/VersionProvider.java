package org.chemnet.network.examples.cli;

import picocli.CommandLine;

/** The version of the program: the version of the jar it runs from. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = ChemnetCli.class.getPackage().getImplementationVersion();
        return new String[] {"chemnet " + (version == null ? "(development build)" : version)};
    }
}
