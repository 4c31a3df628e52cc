package org.chemnet.network.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP relay on 127.0.0.1 in front of a real server: each connection accepted opens one to the server, and a subclass
 * says how the two talk. What the relays of the mail tests share.
 */
abstract class LoopbackRelay implements AutoCloseable {
    private final ServerSocket listener;
    private final int target;

    /** The threads that accept and relay. */
    final ExecutorService threads = Executors.newCachedThreadPool();

    LoopbackRelay(int target) {
        this.target = target;
        try {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads.execute(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Relays one connection: starts what carries it both ways, on {@link #threads}, and returns. */
    abstract void relay(Socket client, Socket server) throws IOException;

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                relay(client, new Socket(InetAddress.getLoopbackAddress(), target));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads.shutdownNow();
    }
}
