package org.complaintgateway.it.email;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed certificate for 127.0.0.1, made once per test JVM with the JDK's keytool: GreenMail's own names
 * no host, so a client that checks the server's identity (ours does) would refuse it. GreenMail serves it through
 * its keystore system property; the gateway trusts it through the channel's {@code trustCertificate}.
 */
final class TestCertificate {

    private static final String STORE_PASSWORD = "fake-keystore-password";
    private static Path directory;

    private TestCertificate() {
    }

    static synchronized void installForGreenMail() {
        if (directory != null) {
            return;
        }
        try {
            Path dir = Files.createTempDirectory("greenmail-tls");
            Path keystore = dir.resolve("server.p12");
            keytool("-genkeypair", "-alias", "mail", "-keyalg", "RSA", "-keysize", "2048", "-validity", "3",
                    "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                    "-keystore", keystore.toString(), "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD);
            keytool("-exportcert", "-rfc", "-alias", "mail", "-keystore", keystore.toString(), "-storepass",
                    STORE_PASSWORD, "-file", dir.resolve("server.pem").toString());
            System.setProperty("greenmail.tls.keystore.file", keystore.toString());
            System.setProperty("greenmail.tls.keystore.password", STORE_PASSWORD);
            System.setProperty("greenmail.tls.key.password", STORE_PASSWORD);
            directory = dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The certificate as PEM, for the channel's trustCertificate. */
    static synchronized Path pem() {
        installForGreenMail();
        return directory.resolve("server.pem");
    }

    private static void keytool(String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + new String(process.getInputStream().readAllBytes()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
