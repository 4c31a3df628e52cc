package org.chemnet.network.spi;

import java.io.InputStream;
import java.io.OutputStream;
import org.chemnet.network.NetworkGraph;

/**
 * The codec port: writes a whole network to bytes and reads it back, in a named format. network-json provides the
 * JSON format and Popolo.
 *
 * @since 0.1.0
 */
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
     * @throws org.chemnet.network.NetworkException if writing fails
     */
    void write(NetworkGraph graph, OutputStream out);

    /**
     * Reads a network. The stream is not closed.
     *
     * @param in what to read
     * @return the network; never null
     * @throws org.chemnet.network.NetworkException if the bytes are not a network of this format
     */
    NetworkGraph read(InputStream in);
}
