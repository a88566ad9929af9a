package org.complaintgateway.mappings.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintgateway.mappings.email.EmailFixtures.mapped;

import java.nio.charset.StandardCharsets;
import org.complaintgateway.mappings.model.Complaint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Charsets mail clients really send never make a mail fail: Microsoft's and IANA's odd names are mapped to what
 * the sender meant, UTF-7 is decoded by hand, unknown names and bytes that do not fit the declared charset are
 * read as UTF-8 or windows-1252, and such a guess or any replacement character is flagged charsetReplaced.
 */
class CharsetsTest {

    @Test
    void ksC5601IsReadAsKoreanCodePage949() {
        Complaint complaint = mapped("charset-ks_c_5601-1987.eml");

        assertThat(complaint.text()).isEqualTo("안녕하세요. 주전자가 고장났습니다.\n");
        assertThat(complaint.flags()).doesNotContain("charsetReplaced");
    }

    @Test
    void ksC5601EncodedWordInTheSubjectIsDecoded() {
        assertThat(mapped("charset-encoded-word-ks_c_5601-1987.eml").subject()).isEqualTo("주전자 고장");
    }

    @Test
    void xUnknownIsGuessedAsUtf8AndFlagged() {
        Complaint complaint = mapped("charset-x-unknown.eml");

        assertThat(complaint.text()).isEqualTo("Grüße, der Wasserkocher ist kaputt.\n");
        assertThat(complaint.flags()).contains("charsetReplaced");
    }

    @Test
    void unknown8bitThatIsNotUtf8IsReadAsWindows1252AndFlagged() {
        Complaint complaint = mapped("charset-unknown-8bit.eml");

        assertThat(complaint.text()).isEqualTo("Café crème, bouilloire cassée.\n");
        assertThat(complaint.flags()).contains("charsetReplaced");
    }

    @Test
    void utf7IsDecoded() {
        Complaint complaint = mapped("charset-utf-7.eml");

        assertThat(complaint.text()).isEqualTo("Hi Mom -☺-! A+B, 1 € please.\n");
        assertThat(complaint.flags()).doesNotContain("charsetReplaced");
    }

    @Test
    void iso88598iIsReadAsIso88598() {
        Complaint complaint = mapped("charset-iso-8859-8-i.eml");

        assertThat(complaint.text()).isEqualTo("הקומקום שבור\n");
        assertThat(complaint.flags()).doesNotContain("charsetReplaced");
    }

    @Test
    void windows1258IsDecoded() {
        assertThat(mapped("charset-windows-1258.eml").text()).isEqualTo("Xin chào Đông, ôi.\n");
    }

    @Test
    void unknownCharsetNameIsGuessedAndFlagged() {
        Complaint complaint = mapped("charset-unknown-name.eml");

        assertThat(complaint.text()).isEqualTo("Naïve café.\n");
        assertThat(complaint.flags()).contains("charsetReplaced");
    }

    @Test
    void utf8BytesDeclaredAsAsciiAreReadAsUtf8AndFlagged() {
        Complaint complaint = mapped("charset-wrong-declared-utf8-bytes.eml");

        assertThat(complaint.text()).isEqualTo("Grüße aus Köln.\n");
        assertThat(complaint.flags()).contains("charsetReplaced");
    }

    @Test
    void latin1BytesDeclaredAsUtf8AreReadAsWindows1252AndFlagged() {
        Complaint complaint = mapped("charset-wrong-declared-latin1-bytes.eml");

        assertThat(complaint.text()).isEqualTo("Grüße aus Köln.\n");
        assertThat(complaint.flags()).contains("charsetReplaced");
    }

    @ParameterizedTest
    @CsvSource({
        "ks_c_5601-1987, x-windows-949",
        "KS_C_5601-1987, x-windows-949",
        "iso-8859-8-i, ISO-8859-8",
        "windows-1258, windows-1258",
        "'\"utf-8\"', UTF-8",
        "iso-8859-1, windows-1252"})
    void charsetNamesResolveToWhatTheSenderMeant(String name, String javaName) {
        assertThat(CharsetNames.resolve(name)).hasValueSatisfying(charset -> assertThat(charset.name()).isEqualTo(javaName));
    }

    @ParameterizedTest
    @CsvSource({"x-unknown", "unknown-8bit", "utf-7", "no such charset", "''"})
    void unknownCharsetNamesResolveToNothing(String name) {
        assertThat(CharsetNames.resolve(name)).isEmpty();
    }

    @Test
    void asciiWithoutCharsetIsNoGuess() {
        assertThat(TextDecoder.decode("plain".getBytes(StandardCharsets.US_ASCII), null))
                .isEqualTo(new DecodedText("plain", false));
    }

    @Test
    void utf7LiteralPlusAndDirectCharacters() {
        assertThat(Utf7.decode("1 +- 1 = 2".getBytes(StandardCharsets.US_ASCII))).isEqualTo(new DecodedText("1 + 1 = 2", false));
    }

    @Test
    void utf7SurrogatePairIsOneCharacter() {
        assertThat(Utf7.decode("+2D3eAA-".getBytes(StandardCharsets.US_ASCII))).isEqualTo(new DecodedText("😀", false));
    }

    @Test
    void utf7CutRunIsReplacedAndFlagged() {
        DecodedText decoded = Utf7.decode("+2D3-".getBytes(StandardCharsets.US_ASCII));

        assertThat(decoded.replaced()).isTrue();
        assertThat(decoded.text()).doesNotContain("\uD83D");
    }

    @Test
    void encodedWordsAreJoinedWithoutTheWhitespaceBetweenThem() {
        assertThat(EncodedWords.decode("=?UTF-8?Q?Gr=C3=BC?= =?UTF-8?B?w59l?= aus =?ISO-8859-1?Q?K=F6ln?="))
                .isEqualTo(new DecodedText("Grüße aus Köln", false));
    }

    @Test
    void encodedWordInUtf7IsDecoded() {
        assertThat(EncodedWords.decode("=?utf-7?Q?Hi_+JjoAOg-?=").text()).isEqualTo("Hi ☺:");
    }

    @Test
    void brokenEncodedWordStaysAsWritten() {
        assertThat(EncodedWords.decode("=?UTF-8?X?abc?= rest").text()).isEqualTo("=?UTF-8?X?abc?= rest");
    }
}
