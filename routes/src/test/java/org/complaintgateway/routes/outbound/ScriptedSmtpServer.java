package org.complaintgateway.routes.outbound;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * An SMTP server that answers one command as told (a 550 to RCPT, a 451 after DATA, a 535 to AUTH) and everything else
 * with success, or greets no one at all: the refusals GreenMail cannot be made to give. It serves one connection at a
 * time on a loopback port until closed.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final String command;
    private final String answer;
    private final boolean silent;

    private ScriptedSmtpServer(String command, String answer, boolean silent) throws IOException {
        this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        this.command = command;
        this.answer = answer;
        this.silent = silent;
        Thread serving = new Thread(this::serve, "scripted-smtp");
        serving.setDaemon(true);
        serving.start();
    }

    /** Answers {@code command} ("RCPT", "DATA" for the end of the data, "AUTH") with {@code answer}. */
    static ScriptedSmtpServer answering(String command, String answer) throws IOException {
        return new ScriptedSmtpServer(command, answer, false);
    }

    /** Takes the connection and never says a word. */
    static ScriptedSmtpServer silent() throws IOException {
        return new ScriptedSmtpServer(null, null, true);
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                if (!silent) {
                    converse(client);
                } else {
                    // hold the line until the client gives up; nothing is ever written
                    client.getInputStream().readAllBytes();
                }
            } catch (IOException closedOrGoneAway) {
                // the test closed the server, or the client hung up: wait for the next connection, if any
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = client.getOutputStream();
        write(out, "220 scripted.example.com ESMTP");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String verb = line.split(" ", 2)[0].toUpperCase();
            if (verb.equals("EHLO")) {
                write(out, "250-scripted.example.com\r\n250-AUTH PLAIN\r\n250 8BITMIME");
            } else if (verb.equals("AUTH")) {
                if (line.trim().split("\\s+").length == 2) {
                    write(out, "334 ");
                    in.readLine();
                }
                write(out, scripted("AUTH", "235 2.7.0 Authentication successful"));
            } else if (verb.equals("RCPT")) {
                write(out, scripted("RCPT", "250 2.1.5 OK"));
            } else if (verb.equals("DATA")) {
                write(out, "354 End data with <CR><LF>.<CR><LF>");
                String data;
                do {
                    data = in.readLine(); // the mail itself is of no interest here
                } while (data != null && !data.equals("."));
                write(out, scripted("DATA", "250 2.0.0 queued"));
            } else if (verb.equals("QUIT")) {
                write(out, "221 2.0.0 Bye");
                return;
            } else {
                write(out, "250 2.0.0 OK");
            }
        }
    }

    private String scripted(String verb, String otherwise) {
        return verb.equals(command) ? answer : otherwise;
    }

    private static void write(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
