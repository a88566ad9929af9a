package org.complaintgateway.mappings.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintgateway.mappings.email.EmailFixtures.mapped;

import org.complaintgateway.mappings.model.Complaint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The complaint's text is what the customer wrote now; the quoted history (attribution lines in several
 * languages, Outlook's header blocks, {@code >} lines) and the signature move to quotedText.
 */
class QuoteSplitterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "quoted-reply-on-wrote.eml                | It still does not work.                 | On Mon, 2 Mar 2026 at 10:00, Support <support@example.com>",
        "quoted-reply-italian.eml                 | Il bollitore non funziona ancora.       | Il giorno lun 2 mar 2026 alle ore 10:00 Support <support@example.com> ha scritto:",
        "quoted-reply-german.eml                  | Der Wasserkocher geht immer noch nicht. | Am Mo., 2. März 2026 um 10:00 Uhr schrieb Support <support@example.com>:",
        "quoted-reply-french.eml                  | La bouilloire ne marche toujours pas.   | Le lun. 2 mars 2026 à 10:00, Support <support@example.com> a écrit :",
        "quoted-reply-outlook-original-message.eml | Still broken.                          | -----Original Message-----",
        "quoted-reply-outlook-from-sent-block.eml | Still broken, see photo.                | ________________________________",
        "signature.eml                            | The kettle leaks.                       | --"})
    void historyAndSignatureMoveToQuotedText(String fixture, String text, String firstQuotedLine) {
        Complaint complaint = mapped(fixture);

        assertThat(complaint.text()).isEqualTo(text + "\n");
        assertThat(complaint.quotedText()).startsWith(firstQuotedLine);
    }

    @Test
    void inlineQuotedLinesMoveToQuotedTextAndTheAnswersStay() {
        Complaint complaint = mapped("quoted-reply-inline-quotes.eml");

        assertThat(complaint.text()).isEqualTo("It is the KX-200.\nOn 1 March.\n");
        assertThat(complaint.quotedText()).isEqualTo("> Which model is it?\n> When did you buy it?\n");
    }

    @Test
    void textWithoutHistoryStaysWhole() {
        assertThat(QuoteSplitter.split("Line one\nLine two\n")).isEqualTo(new QuoteSplitter.Split("Line one\nLine two\n", ""));
    }

    @Test
    void onlyQuotedTextLeavesAnEmptyText() {
        assertThat(QuoteSplitter.split("> all quoted\n")).isEqualTo(new QuoteSplitter.Split("", "> all quoted\n"));
    }

    @Test
    void sentenceStartingWithOnIsNoAttribution() {
        String text = "On Monday the kettle broke.\nI wrote to you about it.\n";

        assertThat(QuoteSplitter.split(text).text()).isEqualTo(text);
    }

    @Test
    void fromLineWithoutSentLineIsNoHeaderBlock() {
        String text = "From: my kitchen, with love.\nThe kettle is broken.\n";

        assertThat(QuoteSplitter.split(text).text()).isEqualTo(text);
    }

    @Test
    void outlookHeaderBlockRenderedFromHtmlIsRecognised() {
        QuoteSplitter.Split split = QuoteSplitter.split("Still broken.\n\n*From:* Support\n*Sent:* Monday\n\nOld text\n");

        assertThat(split.text()).isEqualTo("Still broken.\n");
        assertThat(split.quoted()).isEqualTo("*From:* Support\n*Sent:* Monday\n\nOld text\n");
    }
}
