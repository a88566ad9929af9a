package org.complaintgateway.mappings.text;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Reduces HTML to the plain text a reader would see: no scripts or styles, line breaks where {@code <br>} and blocks put them. */
public final class HtmlToText {

    // Elements a browser renders on their own line.
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figure", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
            "section", "table", "tr", "ul");
    // Blocks a browser separates from what follows by a blank line.
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre");
    // Content that is never shown to the reader.
    private static final String INVISIBLE = "script, style, template, title, head, object, embed, iframe";

    private HtmlToText() {
    }

    /**
     * Whether {@code text} contains at least one element of a known HTML tag. Unknown tags do not count, so a
     * plain-text message mentioning {@code <stdio.h>} or {@code a < b} stays as the customer wrote it.
     */
    public static boolean containsMarkup(String text) {
        if (text == null || text.indexOf('<') < 0) {
            return false;
        }
        Element body = Jsoup.parseBodyFragment(text).body();
        return body.getAllElements().stream().skip(1).anyMatch(element -> element.tag().isKnownTag());
    }

    /** The visible text of {@code html}, one blank line at most between paragraphs, without leading or trailing blanks. */
    public static String toPlainText(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select(INVISIBLE).remove();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new TextCollector(out), body);
        return tidy(out);
    }

    /**
     * In one pass (it was three regular expressions, a sixth of an HTML mail's mapping): runs of spaces and no-break
     * spaces become one space, none is kept next to a line break, at most two line breaks in a row, no whitespace at
     * either end.
     */
    static String tidy(CharSequence raw) {
        StringBuilder text = new StringBuilder(raw.length());
        boolean space = false;
        int breaks = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' || c == '\u00A0') {
                space = true;
            } else if (c == '\n') {
                space = false;
                if (++breaks <= 2) {
                    text.append('\n');
                }
            } else {
                if (space && breaks == 0) {
                    text.append(' ');
                }
                space = false;
                breaks = 0;
                text.append(c);
            }
        }
        return text.toString().strip();
    }

    /** Appends text nodes with HTML whitespace rules and the line breaks that elements imply. */
    private record TextCollector(StringBuilder out) implements NodeVisitor {

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                out.append(text.text());
            } else if (node instanceof Element element && element.nameIs("br")) {
                out.append('\n');
            } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                endLineWith(1);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && PARAGRAPHS.contains(element.normalName())) {
                endLineWith(2);
            } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                endLineWith(1);
            }
        }

        /** Makes the text so far end in {@code breaks} line breaks, counting those already there; never at the start. */
        private void endLineWith(int breaks) {
            int end = out.length();
            while (end > 0 && out.charAt(end - 1) == ' ') {
                end--;
            }
            out.setLength(end);
            int existing = 0;
            while (existing < end && out.charAt(end - 1 - existing) == '\n') {
                existing++;
            }
            if (end > 0) {
                out.append("\n".repeat(Math.max(0, breaks - existing)));
            }
        }
    }
}
