package org.complaintgateway.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A PEM file of one or more X.509 certificates, relative to the config file like {@code ${file:..}} secrets.
 * It is read now, so a wrong path or a key file given by mistake fails {@code validate}, not the first poll.
 */
final class CertificateFileValue implements ValueType<Path> {
    static final String FORMS = "a path to a PEM certificate file";

    @Override
    public Path read(Node node, Cursor cursor) {
        String text = cursor.scalar(node, FORMS);
        if (text == null) {
            return null;
        }
        Path path;
        try {
            path = text.isBlank() ? null : cursor.configDirectory().resolve(text);
        } catch (InvalidPathException e) {
            path = null;
        }
        if (path == null) {
            cursor.expected(node, FORMS);
            return null;
        }
        String problem = problemWith(path);
        if (problem != null) {
            cursor.fail(node, "cannot use certificate file '" + path + "' (" + problem + ")");
            return null;
        }
        return path;
    }

    /** Why the file holds no usable certificate, or null when it holds at least one. */
    private static String problemWith(Path path) {
        if (Files.isDirectory(path)) {
            return "it is a directory";
        }
        try (InputStream in = Files.newInputStream(path)) {
            boolean any = !CertificateFactory.getInstance("X.509").generateCertificates(in).isEmpty();
            return any ? null : "no certificate in it; expected -----BEGIN CERTIFICATE-----";
        } catch (NoSuchFileException e) {
            return "no such file";
        } catch (AccessDeniedException e) {
            return "permission denied";
        } catch (IOException e) {
            return "not readable";
        } catch (CertificateException e) {
            return "not a PEM or DER X.509 certificate";
        }
    }
}
