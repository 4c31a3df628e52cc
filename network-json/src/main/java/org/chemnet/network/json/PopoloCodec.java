package org.chemnet.network.json;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apiguardian.api.API;
import org.chemnet.network.graph.NetworkExport;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.spi.NetworkCodec;

/**
 * The codec port for Popolo, named {@code popolo}. It writes a whole network, record by record as they come (its
 * {@link #writer(OutputStream)} streams a stored network's export in bounded memory); a Popolo document does not
 * describe a whole network (no policy, no activities), so reading one is done with {@link Popolo#merge(NetworkGraph,
 * InputStream)} into a network the host has.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class PopoloCodec implements NetworkCodec {
    /** The format's name. */
    public static final String FORMAT = "popolo";

    private final Popolo popolo;

    /**
     * Creates the codec.
     *
     * @param json the native format, whose mapper it uses
     */
    public PopoloCodec(NetworkJson json) {
        this.popolo = new Popolo(requireNonNull(json, "json").mapper());
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public void write(NetworkGraph graph, OutputStream out) {
        popolo.write(graph, out);
    }

    /** Writes each record as it comes: memory holds a record, not the network. */
    @Override
    public NetworkExport writer(OutputStream out) {
        return popolo.writer(out);
    }

    /**
     * Refuses: a Popolo document is not a whole network.
     *
     * @throws NetworkCodecException always, saying to use {@link Popolo#merge(NetworkGraph, InputStream)}
     */
    @Override
    public NetworkGraph read(InputStream in) {
        throw new NetworkCodecException(List.of(new CodecProblem(
                "",
                0,
                0,
                "Format",
                "a Popolo document does not describe a whole network; bring its organizations and memberships into"
                        + " a network with Popolo.merge(network, in)")));
    }
}
