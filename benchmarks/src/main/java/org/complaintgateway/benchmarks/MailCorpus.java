package org.complaintgateway.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * A deterministic mailbox's worth of complaint mail, with issue 3's mix: about 70 % ~4 KB text/plain, 25 % ~50 KB
 * HTML (half multipart/alternative, half HTML only) and the rest ({@code largeShare}, 5 % by default) 1–5 MB
 * multipart/mixed with base64 attachments of random bytes. Mail {@code i} is the same bytes for the same seed on every
 * call, so a mail is made when it is needed and the corpus never sits in memory as a whole.
 */
final class MailCorpus {

    /** The three kinds of mail of the mix. */
    enum Kind { PLAIN, HTML, LARGE }

    static final double HTML_SHARE = 0.25;
    private static final long MIB = 1024 * 1024;
    private static final ZonedDateTime FIRST_SENT = ZonedDateTime.of(2026, 11, 2, 8, 0, 0, 0, ZoneOffset.UTC);
    private static final String[][] ATTACHMENTS = {
        {"photo.jpg", "image/jpeg"}, {"invoice.pdf", "application/pdf"}, {"scan.png", "image/png"},
        {"logs.zip", "application/zip"}
    };
    /** Base64 in lines of 76 characters and CRLF: 57 bytes become 78. */
    private static final double BASE64_GROWTH = 78.0 / 57.0;

    private final long seed;
    private final Kind[] kinds;

    private MailCorpus(long seed, Kind[] kinds) {
        this.seed = seed;
        this.kinds = kinds;
    }

    /** {@code messages} mails, {@code largeShare} of them large and {@link #HTML_SHARE} HTML, in a seeded order. */
    static MailCorpus of(int messages, double largeShare, long seed) {
        int large = (int) Math.round(messages * largeShare);
        int html = (int) Math.min(Math.round(messages * HTML_SHARE), messages - large);
        Kind[] kinds = new Kind[messages];
        for (int i = 0; i < messages; i++) {
            kinds[i] = i < large ? Kind.LARGE : i < large + html ? Kind.HTML : Kind.PLAIN;
        }
        Random shuffle = new Random(seed);
        for (int i = messages - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1);
            Kind swap = kinds[i];
            kinds[i] = kinds[j];
            kinds[j] = swap;
        }
        return new MailCorpus(seed, kinds);
    }

    int size() {
        return kinds.length;
    }

    Kind kind(int index) {
        return kinds[index];
    }

    Map<Kind, Integer> counts() {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            counts.put(kind, 0);
        }
        for (Kind kind : kinds) {
            counts.merge(kind, 1, Integer::sum);
        }
        return counts;
    }

    /** The raw RFC 822 bytes of mail {@code index}, CRLF line ends. */
    byte[] mail(int index) {
        Random random = random(seed * 1_000_003L + index);
        String messageId = "bench-" + seed + "-" + index + "@example.org";
        return switch (kinds[index]) {
            case PLAIN -> plain(random, messageId, index);
            case HTML -> html(random, messageId, index);
            case LARGE -> large(random, messageId, index);
        };
    }

    /** A ~4 KB plain mail that is not part of the corpus: what the latency probe sends, one at a time. */
    byte[] probe(int index) {
        return plain(random(~seed * 1_000_003L - index), "probe-" + seed + "-" + index + "@example.org", index);
    }

    private static byte[] plain(Random random, String messageId, int index) {
        return bytes(header(random, messageId, index) + "Content-Type: text/plain; charset=us-ascii\r\n"
                + "Content-Transfer-Encoding: 7bit\r\n\r\n" + CorpusText.plain(random, 3_000 + random.nextInt(800)));
    }

    private static byte[] html(Random random, String messageId, int index) {
        String header = header(random, messageId, index);
        String html = CorpusText.html(random, 44_000 + random.nextInt(10_000));
        if (random.nextBoolean()) {
            return bytes(header + "Content-Type: text/html; charset=us-ascii\r\nContent-Transfer-Encoding: 7bit\r\n\r\n"
                    + html);
        }
        String boundary = "=_alt_" + index;
        return bytes(header + "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n"
                + "--" + boundary + "\r\n" + textPart(CorpusText.plain(random, 2_000))
                + "--" + boundary + "\r\nContent-Type: text/html; charset=us-ascii\r\n"
                + "Content-Transfer-Encoding: 7bit\r\n\r\n" + html
                + "--" + boundary + "--\r\n");
    }

    /** 1 to 5 MiB in all: a short text and one to three attachments sharing the rest. */
    private static byte[] large(Random random, String messageId, int index) {
        long total = MIB + (long) (random.nextDouble() * 4 * MIB);
        String boundary = "=_mixed_" + index;
        StringBuilder mail = new StringBuilder((int) total + 4096)
                .append(header(random, messageId, index))
                .append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\r\n\r\n")
                .append("--").append(boundary).append("\r\n").append(textPart(CorpusText.plain(random, 1_500)));
        int attachments = 1 + random.nextInt(3);
        long encodedEach = (total - mail.length()) / attachments;
        for (int i = 0; i < attachments; i++) {
            String[] file = ATTACHMENTS[random.nextInt(ATTACHMENTS.length)];
            byte[] content = new byte[(int) (encodedEach / BASE64_GROWTH) - 200];
            random.nextBytes(content);
            String name = (i + 1) + "-" + file[0];
            mail.append("--").append(boundary).append("\r\n")
                    .append("Content-Type: ").append(file[1]).append("; name=\"").append(name).append("\"\r\n")
                    .append("Content-Disposition: attachment; filename=\"").append(name).append("\"\r\n")
                    .append("Content-Transfer-Encoding: base64\r\n\r\n")
                    .append(Base64.getMimeEncoder().encodeToString(content)).append("\r\n");
        }
        return bytes(mail.append("--").append(boundary).append("--\r\n").toString());
    }

    private static String header(Random random, String messageId, int index) {
        String first = CorpusText.firstName(random);
        String last = CorpusText.lastName(random);
        String address = (first + "." + last + "." + index).toLowerCase(Locale.ROOT) + "@example.org";
        return "Message-ID: <" + messageId + ">\r\n"
                + "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(FIRST_SENT.plusSeconds(index * 7L)) + "\r\n"
                + "From: \"" + first + " " + last + "\" <" + address + ">\r\n"
                + "To: " + BenchMailbox.ADDRESS + "\r\n"
                + "Subject: " + CorpusText.subject(random) + "\r\n"
                + "MIME-Version: 1.0\r\n";
    }

    /**
     * A generator for one mail. java.util.Random's first outputs for neighbouring seeds are nearly equal (the seed is
     * only scrambled by an XOR), which made every large mail about the same size; SplittableRandom mixes the seed.
     */
    private static Random random(long seed) {
        return new Random(new SplittableRandom(seed).nextLong());
    }

    private static String textPart(String text) {
        return "Content-Type: text/plain; charset=us-ascii\r\nContent-Transfer-Encoding: 7bit\r\n\r\n" + text;
    }

    private static byte[] bytes(String mail) {
        return mail.getBytes(StandardCharsets.US_ASCII);
    }
}
