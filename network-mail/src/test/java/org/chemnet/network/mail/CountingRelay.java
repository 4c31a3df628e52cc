package org.chemnet.network.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/** A TCP relay on 127.0.0.1 in front of a real server, which counts the connections made through it. */
final class CountingRelay extends LoopbackRelay {
    private final AtomicInteger connections = new AtomicInteger();

    CountingRelay(int target) {
        super(target);
    }

    /** How many connections were made through the relay so far. */
    int connections() {
        return connections.get();
    }

    @Override
    void relay(Socket client, Socket server) {
        connections.incrementAndGet();
        threads.execute(() -> pipe(client, server));
        threads.execute(() -> pipe(server, client));
    }

    /** Copies one direction until it ends, then closes both sockets. */
    private static void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // the other direction closed first
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }
}
