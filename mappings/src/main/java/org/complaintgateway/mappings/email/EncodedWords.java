package org.complaintgateway.mappings.email;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes RFC 2047 encoded words ({@code =?charset?B|Q?text?=}) in header values. Written here rather than taken
 * from mime4j's DecoderUtil because that one leaves words in charsets Java lacks (UTF-7, ks_c_5601-1987...) encoded;
 * these go through the same lenient {@link TextDecoder} as bodies. Whitespace between two encoded words is dropped.
 */
final class EncodedWords {

    // The language suffix of RFC 2231 (charset*lang) is allowed and ignored.
    private static final Pattern WORD = Pattern.compile("=\\?([^?*\\s]+)(?:\\*[^?\\s]*)?\\?([bBqQ])\\?([^?\\s]*)\\?=");
    private static final Pattern BETWEEN_WORDS = Pattern.compile("\\s+");

    private EncodedWords() {
    }

    static DecodedText decode(String value) {
        if (value == null || !value.contains("=?")) {
            return new DecodedText(value, false);
        }
        Matcher matcher = WORD.matcher(value);
        StringBuilder out = new StringBuilder(value.length());
        boolean replaced = false;
        int last = 0;
        boolean previousWasWord = false;
        while (matcher.find()) {
            String between = value.substring(last, matcher.start());
            if (!(previousWasWord && BETWEEN_WORDS.matcher(between).matches())) {
                out.append(between);
            }
            DecodedText word = TextDecoder.decode(bytes(matcher.group(2), matcher.group(3)), matcher.group(1));
            out.append(word.text());
            replaced |= word.replaced();
            last = matcher.end();
            previousWasWord = true;
        }
        out.append(value.substring(last));
        return new DecodedText(out.toString(), replaced);
    }

    private static byte[] bytes(String encoding, String text) {
        if (encoding.equalsIgnoreCase("B")) {
            return base64(text);
        }
        return quotedPrintable(text);
    }

    // Senders drop or add padding; the MIME decoder tolerates both and skips characters outside the alphabet.
    private static byte[] base64(String text) {
        String unpadded = text.replace("=", "");
        String padded = unpadded + "=".repeat((4 - unpadded.length() % 4) % 4);
        try {
            return Base64.getMimeDecoder().decode(padded);
        } catch (IllegalArgumentException e) {
            return text.getBytes(StandardCharsets.US_ASCII);
        }
    }

    private static byte[] quotedPrintable(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                out.write(' ');
            } else if (c == '=' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c > 0xFF ? '?' : c);
            }
        }
        return out.toByteArray();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
