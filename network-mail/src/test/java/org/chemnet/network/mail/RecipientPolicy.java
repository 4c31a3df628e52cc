package org.chemnet.network.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * An SMTP relay on 127.0.0.1 in front of a real server that refuses some recipients, as a receiving MTA's recipient
 * policy does: {@code RCPT TO} for one of them is answered {@code 550 5.1.1} by the relay and never reaches the server;
 * every other line goes through unchanged, both ways. It reads the client line by line and knows the message body,
 * so a line of a body is never taken for a command.
 */
final class RecipientPolicy extends LoopbackRelay {
    private final Set<String> unknown;

    RecipientPolicy(int target, Set<String> unknown) {
        super(target);
        this.unknown = Set.copyOf(unknown);
    }

    @Override
    void relay(Socket client, Socket server) throws IOException {
        // line by line, both ways: without these, Nagle's algorithm and delayed ACKs stall each command
        client.setTcpNoDelay(true);
        server.setTcpNoDelay(true);
        OutputStream toClient = client.getOutputStream();
        threads.execute(() -> serverToClient(server, client, toClient));
        threads.execute(() -> clientToServer(client, server, toClient));
    }

    private static void serverToClient(Socket server, Socket client, OutputStream toClient) {
        byte[] buffer = new byte[8192];
        try (InputStream in = server.getInputStream()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                synchronized (toClient) {
                    toClient.write(buffer, 0, n);
                    toClient.flush();
                }
            }
        } catch (IOException e) {
            // the other direction closed first
        } finally {
            closeQuietly(server);
            closeQuietly(client);
        }
    }

    private void clientToServer(Socket client, Socket server, OutputStream toClient) {
        boolean body = false;
        try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
                OutputStream toServer = new java.io.BufferedOutputStream(server.getOutputStream(), 65_536)) {
            for (String line; (line = in.readLine()) != null; ) {
                String upper = line.toUpperCase(Locale.ROOT);
                if (!body && upper.startsWith("RCPT TO:")) {
                    String address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'))
                            .toLowerCase(Locale.ROOT);
                    if (unknown.contains(address)) {
                        toServer.flush();
                        synchronized (toClient) {
                            toClient.write(("550 5.1.1 <" + address + ">: Recipient address rejected: User unknown"
                                            + " in virtual mailbox table\r\n")
                                    .getBytes(StandardCharsets.ISO_8859_1));
                            toClient.flush();
                        }
                        continue;
                    }
                }
                if (!body && upper.equals("DATA")) {
                    body = true;
                } else if (body && line.equals(".")) {
                    body = false;
                }
                toServer.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                if (!in.ready()) {
                    toServer.flush(); // the client waits for a reply: send what it wrote
                }
            }
        } catch (IOException e) {
            // the other direction closed first
        } finally {
            closeQuietly(client);
            closeQuietly(server);
        }
    }
}
