package org.chemnet.network.benchmarks;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * GreenMail's SMTP server on 127.0.0.1 in a JVM of its own, so that what it does with every mail it receives counts
 * neither against the sender's heap and processors' share nor in its allocation. The sender asks it, between
 * iterations, how many mails arrived and for how many distinct recipients.
 */
final class ForkedRelay implements AutoCloseable {
    private final Process process;
    private final BufferedReader replies;
    private final PrintWriter commands;
    private final int port;

    private ForkedRelay(Process process, BufferedReader replies, PrintWriter commands, int port) {
        this.process = process;
        this.replies = replies;
        this.commands = commands;
        this.port = port;
    }

    /**
     * Starts the relay in a new JVM (this one's {@code java} and class path) and waits until it listens.
     *
     * @param maxHeap the relay's {@code -Xmx}, for example {@code 512m}
     * @return the relay
     */
    static ForkedRelay start(String maxHeap) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                        java,
                        "-Xmx" + maxHeap,
                        "-cp",
                        System.getProperty("java.class.path"),
                        ForkedRelay.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        try {
            Process process = builder.start();
            BufferedReader replies =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            PrintWriter commands =
                    new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
            String ready = replies.readLine();
            if (ready == null || !ready.startsWith("ready ")) {
                process.destroyForcibly();
                throw new IllegalStateException("the relay did not start: it said " + ready);
            }
            return new ForkedRelay(process, replies, commands, Integer.parseInt(ready.substring(6)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SMTP port on 127.0.0.1. */
    int port() {
        return port;
    }

    /**
     * Checks that as many mails arrived since the last check as are expected, one for each of as many distinct
     * recipients, then starts counting again.
     *
     * @param expected how many mails, to as many recipients
     * @throws IllegalStateException naming what arrived, if it differs
     */
    void expectOneEach(int expected) {
        commands.println("count");
        String reply;
        try {
            reply = replies.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (reply == null) {
            throw new IllegalStateException("the relay ended");
        }
        int space = reply.indexOf(' ');
        int received = Integer.parseInt(reply.substring(0, space));
        int distinct = Integer.parseInt(reply.substring(space + 1));
        if (received != expected || distinct != expected) {
            throw new IllegalStateException(expected + " mails were to arrive, one for each subscriber, but " + received
                    + " did, for " + distinct + " subscribers");
        }
    }

    /** Stops the relay and waits for its JVM to end. */
    @Override
    public void close() {
        commands.println("stop");
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /**
     * The relay's JVM: starts GreenMail's SMTP server on a free port, says {@code ready PORT}, then answers
     * {@code count} with {@code RECEIVED DISTINCT} (and forgets what it counted) until {@code stop} or the end of its
     * input.
     *
     * <p>Every mail GreenMail receives is read whole and parsed, as it would be for a mailbox, but then only counted
     * for its recipient ({@link CountingDelivery}): GreenMail's own mailboxes are looked up by a walk over every
     * mailbox, so delivering to 100,000 of them grows with the square of the list, and the relay, not the sender,
     * would be measured.
     *
     * @param args none
     * @throws Exception when the server fails
     */
    public static void main(String[] args) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        CountingDelivery delivery = new CountingDelivery();
        server.getUserManager().setMessageDeliveryHandler(delivery);
        server.start();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        out.println("ready " + port);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try {
            String line;
            while ((line = in.readLine()) != null && !line.equals("stop")) {
                if (line.equals("count")) {
                    out.println(delivery.takeCounts());
                }
            }
        } finally {
            server.stop();
        }
    }
}
