package org.chemnet.network.json.internal;

/** The name and version of the native format, written at the head of every document and checked on import. */
public final class Sections {
    /** The format's name, the value of the {@code format} property. */
    public static final String FORMAT = "chemnet-network";

    /** The format's version, the value of the {@code version} property. */
    public static final int VERSION = 1;

    private Sections() {}
}
