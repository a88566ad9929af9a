package org.complaintgateway.mappings.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TransferDecodingTest {

    @Test
    void base64WithLineBreaksDecodesToTheOriginalBytes() {
        byte[] original = new byte[10_000];
        new SplittableRandom(7).nextBytes(original);
        byte[] encoded = Base64.getMimeEncoder().encode(original);

        assertThat(TransferDecoding.decode(encoded, "base64")).isEqualTo(original);
        assertThat(TransferDecoding.decode(encoded, "BASE64")).as("the encoding's name in any case").isEqualTo(original);
    }

    @Test
    void quotedPrintableIsDecodedAndOtherEncodingsAreTheBytesThemselves() {
        assertThat(TransferDecoding.decode("caff=C3=A8 =\r\nlungo".getBytes(StandardCharsets.US_ASCII), "quoted-printable"))
                .isEqualTo("caffè lungo".getBytes(StandardCharsets.UTF_8));
        byte[] eightBit = "caffè".getBytes(StandardCharsets.UTF_8);
        assertThat(TransferDecoding.decode(eightBit, "8bit")).isSameAs(eightBit);
        assertThat(TransferDecoding.decode(eightBit, "x-unknown")).isSameAs(eightBit);
    }

    @Test
    void malformedBase64DecodesAsMime4jDecodesIt() {
        for (String malformed : new String[] {"QUJD=RUZH", "QUJDRA", "QUJDR", "QQ===", "QUJD\r\n=\r\n", "Q", "====", "QU JD Rk=g"}) {
            byte[] content = malformed.getBytes(StandardCharsets.US_ASCII);
            assertThat(TransferDecoding.base64(content)).as(malformed).isEqualTo(TransferDecoding.mime4jBase64(content));
        }
    }

    /** The fast path must never change what a mail decodes to: random content, tricky bytes, against mime4j alone. */
    @Test
    void linesOfOneLengthAreJoinedAndAnyOtherLayoutIsLeftToTheMimeDecoder() {
        assertThat(TransferDecoding.joinedLines(ascii("QUJD\r\nREVG\r\nRw==\r\n"))).isEqualTo(ascii("QUJDREVGRw=="));
        assertThat(TransferDecoding.joinedLines(ascii("QUJD\r\nREVG\r\nRw=="))).isEqualTo(ascii("QUJDREVGRw=="));
        assertThat(TransferDecoding.joinedLines(ascii("QUJD\r\nREVGRw==\r\n"))).isNull();
        assertThat(TransferDecoding.joinedLines(ascii("QUJD\nREVG\n"))).isNull();
        assertThat(TransferDecoding.joinedLines(ascii("QUJDREVG"))).isNull();
        assertThat(TransferDecoding.joinedLines(ascii("QUJD\r\nRE\r\nVG"))).isNull();
        // a short line's break is joined in where a line of the full length would end, and the basic decoder refuses it
        assertThat(TransferDecoding.joinedLines(ascii("QUJDRE\r\nR\r\nEVG\r\n"))).isEqualTo(ascii("QUJDRER\r\nEVG"));
    }

    @Test
    void aLargeAttachmentAsMailersEncodeItDecodesToItsBytes() {
        byte[] original = new byte[3 << 20];
        new SplittableRandom(7).nextBytes(original);

        assertThat(TransferDecoding.base64(Base64.getMimeEncoder().encode(original))).isEqualTo(original);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void agreesWithMime4jOnRandomContent() {
        byte[] alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\r\n \t-_.*\u00ff".getBytes(
                StandardCharsets.ISO_8859_1);
        SplittableRandom random = new SplittableRandom(20261123L);
        for (int i = 0; i < 20_000; i++) {
            byte[] content;
            if (random.nextInt(3) == 0) {
                byte[] original = new byte[random.nextInt(200)];
                random.nextBytes(original);
                content = Base64.getMimeEncoder(random.nextInt(1, 20) * 4, "\r\n".getBytes(StandardCharsets.US_ASCII))
                        .encode(original);
                if (content.length > 0 && random.nextBoolean()) {
                    content[random.nextInt(content.length)] = alphabet[random.nextInt(alphabet.length)];
                }
            } else {
                content = new byte[random.nextInt(40)];
                for (int j = 0; j < content.length; j++) {
                    content[j] = alphabet[random.nextInt(alphabet.length)];
                }
            }
            assertThat(TransferDecoding.base64(content)).as(new String(content, StandardCharsets.ISO_8859_1))
                    .isEqualTo(TransferDecoding.mime4jBase64(content));
        }
    }
}
