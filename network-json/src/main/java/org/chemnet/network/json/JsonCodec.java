package org.chemnet.network.json;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.io.InputStream;
import java.io.OutputStream;
import org.apiguardian.api.API;
import org.chemnet.network.graph.NetworkExport;
import org.chemnet.network.graph.NetworkGraph;
import org.chemnet.network.spi.NetworkCodec;

/**
 * The codec port for the native JSON format, named {@code json}.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public final class JsonCodec implements NetworkCodec {
    /** The format's name. */
    public static final String FORMAT = "json";

    private final NetworkJson json;

    /**
     * Creates the codec.
     *
     * @param json the format
     */
    public JsonCodec(NetworkJson json) {
        this.json = requireNonNull(json, "json");
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public void write(NetworkGraph graph, OutputStream out) {
        json.write(graph, out);
    }

    /** Writes each record as it comes: memory holds a record, not the network. */
    @Override
    public NetworkExport writer(OutputStream out) {
        return json.writer(out);
    }

    @Override
    public NetworkGraph read(InputStream in) {
        return json.read(in);
    }
}
