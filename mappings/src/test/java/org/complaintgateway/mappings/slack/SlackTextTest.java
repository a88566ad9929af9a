package org.complaintgateway.mappings.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Slack's markup becomes the plain text a reader of the message saw: mentions and channels by name, links with their
 * address, the three escaped characters as themselves. Our bot's mention addresses the message and is taken out.
 */
class SlackTextTest {

    private static final String BOT = "U0LAN0Z89";

    @ParameterizedTest
    @CsvSource(delimiter = '=', textBlock = """
            ask <@U0AGENT01>                              = ask @U0AGENT01
            ask <@U0AGENT01|sam>                          = ask @sam
            see <#C0LAN2Q65|support>                      = see #support
            see <#C0LAN2Q65>                              = see #C0LAN2Q65
            order <https://shop.example.com/o/4711|4711>  = order 4711 (https://shop.example.com/o/4711)
            track <https://track.example.com/DE-9931>     = track https://track.example.com/DE-9931
            visit <http://example.com|example.com>        = visit example.com
            write <mailto:ana@example.com|ana@example.com> = write ana@example.com
            <!here> please                                = @here please
            <!subteam^S0SUPPORT|@support> please          = @support please
            since <!date^1392734382^{date}|Feb 18, 2014>  = since Feb 18, 2014
            """)
    void markupBecomesWhatTheReaderSaw(String markup, String plain) {
        assertThat(SlackText.plain(markup, BOT)).isEqualTo(plain);
    }

    @Test
    void escapedCharactersAreUnescapedOnce() {
        assertThat(SlackText.plain("a &lt; b &amp;&amp; c &gt; d, written &amp;lt;", BOT))
                .isEqualTo("a < b && c > d, written &lt;");
    }

    @Test
    void aLinkLabelIsUnescapedToo() {
        assertThat(SlackText.plain("<https://x.example/?a=1&amp;b=2|Q&amp;A>", BOT))
                .isEqualTo("Q&A (https://x.example/?a=1&b=2)");
    }

    @Test
    void theBotsLeadingMentionGoesWithItsPunctuation() {
        assertThat(SlackText.plain("<@U0LAN0Z89>, my order is late", BOT)).isEqualTo("my order is late");
    }

    @Test
    void theBotsMentionInsideTheTextLeavesOneSpace() {
        assertThat(SlackText.plain("Hi <@U0LAN0Z89> my order is late <@U0LAN0Z89|complaints>", BOT))
                .isEqualTo("Hi my order is late");
    }

    @Test
    void otherPeoplesMentionsStay() {
        assertThat(SlackText.plain("<@U0AGENT01> said so", BOT)).isEqualTo("@U0AGENT01 said so");
    }

    @Test
    void withoutKnowingTheBotEveryMentionStays() {
        assertThat(SlackText.plain("<@U0LAN0Z89> my order", null)).isEqualTo("@U0LAN0Z89 my order");
    }

    @Test
    void lineEndsBecomeNewlinesAndControlCharactersGo() {
        assertThat(SlackText.plain("  first\r\nsecond\u0000\u0007\rthird\t!  ", BOT)).isEqualTo("first\nsecond\nthird\t!");
    }

    @Test
    void noTextIsEmpty() {
        assertThat(SlackText.plain(null, BOT)).isEmpty();
    }

    @Test
    void aMentionIsFoundWithOrWithoutLabel() {
        assertThat(SlackText.mentions("hi <@U0LAN0Z89>", BOT)).isTrue();
        assertThat(SlackText.mentions("hi <@U0LAN0Z89|complaints>", BOT)).isTrue();
        assertThat(SlackText.mentions("hi <@U0LAN0Z890>", BOT)).isFalse();
        assertThat(SlackText.mentions("hi @U0LAN0Z89", BOT)).isFalse();
        assertThat(SlackText.mentions("hi <@U0LAN0Z89>", null)).isFalse();
    }
}
