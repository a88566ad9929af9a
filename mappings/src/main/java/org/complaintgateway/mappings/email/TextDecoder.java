package org.complaintgateway.mappings.email;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of a text part into a string whatever charset the sender declared, and never throws. Bytes that
 * do not decode in the declared charset (or a charset Java does not know) are tried as UTF-8, the most common truth,
 * then read as windows-1252, which maps almost every byte; either guess is reported as a replacement.
 */
final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    static DecodedText decode(byte[] bytes, String declaredCharset) {
        if (bytes.length == 0) {
            return DecodedText.EMPTY;
        }
        if (CharsetNames.isUtf7(declaredCharset)) {
            return Utf7.decode(bytes);
        }
        Optional<Charset> declared = CharsetNames.resolve(declaredCharset);
        if (declared.isPresent()) {
            Optional<String> text = strict(bytes, declared.get());
            if (text.isPresent()) {
                return new DecodedText(text.get(), false);
            }
        } else if (isAscii(bytes)) {
            // No charset, or one we do not know: plain ASCII reads the same in all of them, no guess needed.
            return new DecodedText(new String(bytes, StandardCharsets.US_ASCII), false);
        }
        return guess(bytes);
    }

    private static DecodedText guess(byte[] bytes) {
        Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new DecodedText(utf8.get(), true);
        }
        return new DecodedText(new String(bytes, WINDOWS_1252), true);
    }

    private static Optional<String> strict(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException | RuntimeException e) {
            // Some JDK decoders throw unchecked exceptions on broken input instead of reporting it.
            return Optional.empty();
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
