package org.chemnet.network.json.internal;

import java.util.List;

/** The sections of the native format, in the order they are written and must be read for a streaming import. */
public final class Sections {
    /** The format's name, the value of the {@code format} property. */
    public static final String FORMAT = "chemnet-network";

    /** The format's version, the value of the {@code version} property. */
    public static final int VERSION = 1;

    /** The record sections, each an array, in order. */
    public static final List<String> ARRAYS = List.of(
            "organizations",
            "persons",
            "memberships",
            "partners",
            "activities",
            "events",
            "declarations",
            "subscriptions");

    private Sections() {}
}
