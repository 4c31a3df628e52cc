package org.chemnet.network.json.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** The name and version of the native format, written at the head of every document and checked on import. */
@API(status = INTERNAL, since = "0.1.0")
public final class Sections {
    /** The format's name, the value of the {@code format} property. */
    public static final String FORMAT = "chemnet-network";

    /** The format's version, the value of the {@code version} property. */
    public static final int VERSION = 1;

    private Sections() {}
}
