package org.complaintgateway.benchmarks;

import java.util.Random;

/**
 * Invented complaint prose for {@link MailCorpus} and {@link UpdateCorpus}: names, subjects and paragraphs drawn from
 * small word lists, so a mail or a chat message reads like a complaint to the mapper and its filters (no auto-reply or
 * bounce wording, no quoted lines).
 */
final class CorpusText {

    private static final String[] FIRST_NAMES = {
        "Anna", "Ben", "Carla", "David", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kira", "Luca", "Mara",
        "Nils", "Olga", "Pavel", "Rosa", "Sami", "Tilda", "Umar", "Vera", "Wim", "Yara", "Zeno"
    };
    private static final String[] LAST_NAMES = {
        "Adler", "Berg", "Castro", "Dahl", "Eriksen", "Fischer", "Gomez", "Hansen", "Ivanova", "Jansen", "Keller",
        "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quint", "Rossi", "Sato", "Torres", "Ueda", "Vogel"
    };
    private static final String[] PRODUCTS = {
        "kettle", "washing machine", "router", "parcel", "invoice", "subscription", "sofa", "phone", "printer",
        "train ticket", "gift card", "laptop", "heater", "bicycle", "fridge", "vacuum cleaner"
    };
    private static final String[] PROBLEMS = {
        "arrived broken", "was charged twice", "never arrived", "stopped working", "is missing a part",
        "was delivered to the wrong address", "does not match the order", "leaks water", "makes a loud noise",
        "was cancelled without notice"
    };
    private static final String[] WORDS = {
        "the", "order", "delivery", "customer", "service", "please", "refund", "week", "again", "still", "waiting",
        "number", "account", "payment", "promised", "yesterday", "support", "answer", "call", "store", "box",
        "receipt", "warranty", "replace", "repair", "technician", "appointment", "disappointed", "expected",
        "quality", "manual", "screen", "cable", "door", "price", "discount", "email", "phone", "driver", "weekend",
        "morning", "evening", "family", "kitchen", "office", "courier", "tracking", "status", "update", "problem"
    };

    private CorpusText() {
    }

    static String firstName(Random random) {
        return pick(random, FIRST_NAMES);
    }

    static String lastName(Random random) {
        return pick(random, LAST_NAMES);
    }

    static String subject(Random random) {
        String product = pick(random, PRODUCTS);
        return Character.toUpperCase(product.charAt(0)) + product.substring(1) + " " + pick(random, PROBLEMS);
    }

    /** One paragraph of about {@code words} words, wrapped at 72 characters with CRLF, ending in CRLF. */
    static String paragraph(Random random, int words) {
        StringBuilder text = new StringBuilder()
                .append("My ").append(pick(random, PRODUCTS)).append(' ').append(pick(random, PROBLEMS)).append('.');
        int lineLength = text.length();
        for (int i = 0; i < words; i++) {
            String word = pick(random, WORDS);
            if (lineLength + 1 + word.length() > 72) {
                text.append("\r\n");
                lineLength = 0;
            } else {
                text.append(' ');
                lineLength++;
            }
            text.append(word);
            lineLength += word.length();
        }
        return text.append(".\r\n").toString();
    }

    /** One paragraph of about {@code words} words on one line, as a chat message is typed. */
    static String line(Random random, int words) {
        return paragraph(random, words).replace("\r\n", " ").strip();
    }

    /** Paragraphs separated by blank lines until the text is about {@code bytes} long. */
    static String plain(Random random, int bytes) {
        StringBuilder text = new StringBuilder("Hello,\r\n\r\n");
        while (text.length() < bytes) {
            text.append(paragraph(random, 40 + random.nextInt(60))).append("\r\n");
        }
        return text.append("Regards\r\n").toString();
    }

    /** An HTML document of about {@code bytes}: paragraphs and an order table, as a web mailer would write. */
    static String html(Random random, int bytes) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\r\n<html><head><meta charset=\"utf-8\">"
                + "<style>p { font-family: Arial, sans-serif; } td { padding: 2px 6px; }</style></head>\r\n<body>\r\n");
        int row = 0;
        while (html.length() < bytes) {
            if (random.nextInt(4) == 0) {
                html.append("<table border=\"1\"><tr><th>Item</th><th>Amount</th><th>Status</th></tr>\r\n");
                for (int i = 0; i < 5; i++) {
                    html.append("<tr><td>").append(pick(random, PRODUCTS)).append("</td><td>")
                            .append(10 + random.nextInt(990)).append(".").append(10 + random.nextInt(90))
                            .append("</td><td>").append(pick(random, PROBLEMS)).append("</td></tr>\r\n");
                    row++;
                }
                html.append("</table>\r\n");
            } else {
                html.append("<p style=\"color:#333\">")
                        .append(paragraph(random, 40 + random.nextInt(60)).replace("\r\n", "\r\n<br>"))
                        .append("</p>\r\n");
            }
        }
        return html.append("<p>Regards, ").append(row).append(" rows above</p>\r\n</body></html>\r\n").toString();
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }
}
