package org.chemnet.network.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** GreenMail's real SMTP server on 127.0.0.1, which a test can stop and start again on the same port. */
final class LoopbackSmtp implements AutoCloseable {
    private final int port;
    private final List<MimeMessage> earlier = new ArrayList<>();
    private GreenMail server;

    LoopbackSmtp() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            this.port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    int port() {
        return port;
    }

    void start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /** Stops the server, keeping what it received so far. */
    void stop() {
        earlier.addAll(List.of(server.getReceivedMessages()));
        server.stop();
    }

    /** Everything received, by this server and the ones before it on this port. */
    List<MimeMessage> received() {
        List<MimeMessage> all = new ArrayList<>(earlier);
        if (server.isRunning()) {
            all.addAll(List.of(server.getReceivedMessages()));
        }
        return all;
    }

    static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    MailConfig config() {
        return MailConfig.builder("127.0.0.1", port, "secretariat@network.example.org")
                .senderName("化学物質国際対応ネットワーク 事務局")
                .timeout(java.time.Duration.ofSeconds(5))
                .unsubscribeUrl("https://network.example.org/unsubscribe")
                .unsubscribeMailto("unsubscribe@network.example.org")
                .build();
    }

    @Override
    public void close() {
        if (server.isRunning()) {
            server.stop();
        }
    }
}
