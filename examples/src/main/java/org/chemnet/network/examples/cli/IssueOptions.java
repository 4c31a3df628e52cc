package org.chemnet.network.examples.cli;

import org.chemnet.network.newsletter.MessageId;
import picocli.CommandLine.Option;

/** The newsletter issue a command is about: a network, and the issue's number. */
final class IssueOptions {
    @Option(names = "--network", required = true, paramLabel = "ID", description = "The network's identifier.")
    String network;

    @Option(names = "--number", required = true, paramLabel = "N", description = "The issue number.")
    int number;

    /** The message of the issue, as {@code newsletter send} records it. */
    MessageId message() {
        return MessageId.of(network + "-newsletter-" + number);
    }
}
