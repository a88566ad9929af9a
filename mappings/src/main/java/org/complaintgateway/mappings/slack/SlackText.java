package org.complaintgateway.mappings.slack;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintgateway.mappings.text.PlainText;

/**
 * A message's text from Slack's markup to plain text. Slack escapes {@code & < >} as entities in the text and writes
 * mentions and links as {@code <...>} tokens: {@code <@U123>}, {@code <#C123|general>}, {@code <!here>},
 * {@code <https://example.com|label>}. Our bot's mention is taken out: it addresses the message, it is not part of it.
 */
final class SlackText {

    private static final Pattern TOKEN = Pattern.compile("<([^<>]*)>");
    // Auto-linked text: Slack writes "example.com" as <http://example.com|example.com>, "a@b.example" as mailto.
    private static final List<String> LINK_PREFIXES = List.of("http://", "https://", "mailto:");

    private SlackText() {
    }

    /** The plain text of {@code text} (null reads as empty) without mentions of {@code botUserId} (may be null). */
    static String plain(String text, String botUserId) {
        if (text == null) {
            return "";
        }
        String words = botUserId == null ? text : withoutMentionsOf(botUserId, text);
        return PlainText.clean(unmarked(words));
    }

    /** Whether {@code text} mentions the user {@code botUserId}; false when either is null. */
    static boolean mentions(String text, String botUserId) {
        return text != null && botUserId != null && mention(botUserId).matcher(text).find();
    }

    private static String withoutMentionsOf(String botUserId, String text) {
        String mention = mention(botUserId).pattern();
        // "<@bot>, my order is late": the address and its punctuation go with it.
        String words = Pattern.compile("^\\s*" + mention + "[,:;]?[ \\t]*").matcher(text).replaceFirst("");
        // "Hi <@bot> my order" leaves one space, not two.
        words = Pattern.compile("(?<= )" + mention + " ").matcher(words).replaceAll("");
        return mention(botUserId).matcher(words).replaceAll("");
    }

    private static Pattern mention(String userId) {
        return Pattern.compile("<@" + Pattern.quote(userId) + "(?:\\|[^<>]*)?>");
    }

    private static String unmarked(String text) {
        StringBuilder out = new StringBuilder();
        Matcher token = TOKEN.matcher(text);
        int end = 0;
        while (token.find()) {
            out.append(unescaped(text.substring(end, token.start()))).append(rendered(token.group(1)));
            end = token.end();
        }
        return out.append(unescaped(text.substring(end))).toString();
    }

    private static String rendered(String token) {
        int bar = token.indexOf('|');
        String target = unescaped(bar < 0 ? token : token.substring(0, bar));
        String label = bar < 0 ? null : unescaped(token.substring(bar + 1));
        if (target.startsWith("@")) {
            return label == null ? target : "@" + (label.startsWith("@") ? label.substring(1) : label);
        }
        if (target.startsWith("#")) {
            return label == null ? target : "#" + label;
        }
        if (target.startsWith("!")) {
            // <!here>, <!channel>, <!subteam^S123|@team>, <!date^1392734382^{date}|Feb 18, 2014>
            int caret = target.indexOf('^');
            return label != null ? label : "@" + target.substring(1, caret < 0 ? target.length() : caret);
        }
        if (label == null || label.equals(target) || autoLinked(target, label)) {
            return label == null ? target : label;
        }
        return label + " (" + target + ")";
    }

    private static boolean autoLinked(String url, String label) {
        return LINK_PREFIXES.stream().anyMatch(prefix -> url.equals(prefix + label));
    }

    // Slack escapes exactly these three; &amp; last, so that "&amp;lt;" stays the text "&lt;".
    private static String unescaped(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
