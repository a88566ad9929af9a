package org.complaintgateway.it.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.complaintgateway.mappings.Fixtures;

/**
 * Malformed e-mails: the mappings module's mail corpus ({@code email/*.eml}) with a fresh Message-ID (most of the
 * time; else the corpus's own, so that some are duplicates), then damaged: truncated, charsets swapped for wrong or
 * unknown ones, base64 and quoted-printable broken, huge headers, NUL and 8-bit bytes in headers, the header/body
 * separator lost; or a synthetic mail with multipart nesting far deeper than the channel follows.
 */
final class MailInputs {

    /** A generated mail and what was done to it. */
    record Mail(int number, byte[] raw, String description) {
        @Override
        public String toString() {
            return "mail #" + number + " " + description;
        }
    }

    private static final String[] CHARSETS = {"x-unknown", "utf-7", "ks_c_5601-1987", "iso-8859-8-i", "unknown-8bit", "",
        "\"\"", "utf-16", "utf-32", "windows-1258", "us-ascii\u0000", "utf-8; charset=latin1", "b\u00e4d"};
    private static final int[] NESTING = {6, 20, 60, 150};

    private final SplittableRandom random;
    private final List<String> corpusNames;
    private final List<byte[]> corpus;

    MailInputs(SplittableRandom random) {
        this.random = random;
        this.corpusNames = corpusNames();
        this.corpus = corpusNames.stream().map(name -> Fixtures.bytes("email/" + name)).toList();
    }

    Mail next(int number) {
        if (random.nextInt(10) == 0) {
            int depth = NESTING[random.nextInt(NESTING.length)];
            return new Mail(number, deeplyNested(number, depth), "multipart nested " + depth + " deep");
        }
        int pick = random.nextInt(corpus.size());
        String text = new String(corpus.get(pick), StandardCharsets.ISO_8859_1);
        List<String> done = new ArrayList<>();
        done.add(corpusNames.get(pick));
        if (random.nextInt(20) != 0) {
            text = "Message-ID: <bad-input-" + number + "@mail.example.com>\r\n"
                    + text.replaceAll("(?im)^Message-ID:.*\\r?\\n", "");
        } else {
            done.add("its own Message-ID");
        }
        int damages = 1 + random.nextInt(2);
        for (int i = 0; i < damages; i++) {
            text = damage(text, done);
        }
        return new Mail(number, text.getBytes(StandardCharsets.ISO_8859_1), String.join(", ", done));
    }

    private String damage(String mail, List<String> done) {
        int bodyStart = Math.max(mail.indexOf("\n\n"), mail.indexOf("\r\n\r\n"));
        switch (random.nextInt(8)) {
            case 0 -> {
                int firstLine = mail.indexOf('\n') + 1;
                int at = firstLine + random.nextInt(Math.max(1, mail.length() - firstLine));
                done.add("truncated at " + at + " of " + mail.length());
                return mail.substring(0, at);
            }
            case 1 -> {
                String charset = CHARSETS[random.nextInt(CHARSETS.length)];
                done.add("charsets made '" + charset + "'");
                String replaced = mail.replaceAll("(?i)charset=(\"[^\"]*\"|[^;\\s]+)", "charset=" + charset);
                return replaced.equals(mail) ? insertHeader(mail, "Content-Type: text/plain; charset=" + charset) : replaced;
            }
            case 2 -> {
                done.add("base64 broken");
                String broken = mail.replaceAll("(?m)^([A-Za-z0-9+/]{12})([A-Za-z0-9+/=]{8,})$", "$1!*\u00ff=$2");
                return broken.equals(mail)
                        ? insertHeader(mail, "Content-Transfer-Encoding: base64") + "\r\n==!!notbase64\u0000" : broken;
            }
            case 3 -> {
                done.add("quoted-printable broken");
                return insertHeader(mail.replace("=", "=Z").replace("\n", "=\n"),
                        "Content-Transfer-Encoding: quoted-printable");
            }
            case 4 -> {
                int size = new int[] {998, 1000, 10_000, 100_000}[random.nextInt(4)];
                if (random.nextBoolean()) {
                    done.add("a Subject of " + size + " characters on one line");
                    return insertHeader(mail, "Subject: " + "S".repeat(size));
                }
                int count = size / 50;
                done.add(count + " extra headers");
                StringBuilder headers = new StringBuilder();
                for (int i = 0; i < count; i++) {
                    headers.append("X-Filler-").append(i).append(": ").append("f".repeat(30)).append("\r\n");
                }
                return headers + mail;
            }
            case 5 -> {
                done.add("NUL and 8-bit bytes in headers");
                return insertHeader(mail, "Subject: caf\u00e9\u0000 \u00ff\u00fe bill\u0007") + "\u0000";
            }
            case 6 -> {
                done.add("no blank line between header and body");
                return bodyStart < 0 ? mail
                        : mail.substring(0, bodyStart) + "\r\n" + mail.substring(bodyStart).stripLeading();
            }
            default -> {
                String[] encodings = {"x-uuencode", "base65", "8bit\u0000", "binary", "quoted-printable; x=1"};
                String encoding = encodings[random.nextInt(encodings.length)];
                done.add("Content-Transfer-Encoding '" + encoding + "'");
                String header = "Content-Transfer-Encoding: " + encoding;
                return insertHeader(mail.replaceAll("(?im)^Content-Transfer-Encoding:.*$", header), header);
            }
        }
    }

    private static String insertHeader(String mail, String header) {
        return header + "\r\n" + mail;
    }

    private static byte[] deeplyNested(int number, int depth) {
        StringBuilder mail = new StringBuilder("From: \"Ana Example\" <ana@example.com>\r\nTo: support@example.com\r\n"
                + "Subject: nested " + depth + "\r\nMessage-ID: <bad-input-" + number + "@mail.example.com>\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n");
        for (int level = 1; level < depth; level++) {
            mail.append("--b").append(level - 1).append("\r\nContent-Type: multipart/mixed; boundary=\"b")
                    .append(level).append("\"\r\n\r\n");
        }
        mail.append("--b").append(depth - 1).append("\r\nContent-Type: text/plain\r\n\r\nMy order is late.\r\n");
        for (int level = depth - 1; level >= 0; level--) {
            mail.append("--b").append(level).append("--\r\n");
        }
        return mail.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** The .eml files of the mappings module's {@code email/} fixtures, from its test-jar (or its classes directory). */
    private static List<String> corpusNames() {
        URL url = Fixtures.class.getResource("/email");
        if (url == null) {
            throw new IllegalStateException("the mappings test-jar has no email/ fixtures");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return emlIn(Path.of(uri));
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return emlIn(jar.provider().getPath(uri));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> emlIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            List<String> names = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".eml"))
                    .sorted().toList();
            if (names.isEmpty()) {
                throw new IllegalStateException("no .eml fixtures in " + directory);
            }
            return names;
        }
    }
}
