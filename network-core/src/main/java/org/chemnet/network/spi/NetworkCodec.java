package org.chemnet.network.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.InputStream;
import java.io.OutputStream;
import org.apiguardian.api.API;
import org.chemnet.network.graph.NetworkExport;
import org.chemnet.network.graph.NetworkGraph;

/**
 * The codec port: writes a whole network to bytes and reads it back, in a named format. network-json provides the
 * JSON format and Popolo.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
public interface NetworkCodec {
    /**
     * The format's name, such as {@code json} or {@code popolo}.
     *
     * @return the name; never null
     */
    String format();

    /**
     * Writes a network. The stream is not closed.
     *
     * @param graph the network
     * @param out where to write
     * @throws org.chemnet.network.kernel.NetworkException if writing fails
     */
    void write(NetworkGraph graph, OutputStream out);

    /**
     * A writer of this format that takes a network record by record, as
     * {@link org.chemnet.network.graph.Networks#export(org.chemnet.network.kernel.NetworkId, NetworkExport)} hands it over: the
     * document is complete and flushed (not closed) when the export ends. By default the records are gathered into a
     * graph and written at the end; a format that can be written as it comes writes each record at once, so that
     * memory holds a record.
     *
     * @param out where to write
     * @return the writer; never null
     * @since 0.3.0
     */
    default NetworkExport writer(OutputStream out) {
        return NetworkGraph.collecting(graph -> write(graph, out));
    }

    /**
     * Reads a network. The stream is not closed.
     *
     * @param in what to read
     * @return the network; never null
     * @throws org.chemnet.network.kernel.NetworkException if the bytes are not a network of this format
     */
    NetworkGraph read(InputStream in);
}
