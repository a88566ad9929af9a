package org.complaintgateway.mappings.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Reduces customer HTML to markup that is safe to show in a CRM: jsoup's relaxed safelist (text formatting, lists,
 * tables, links, images) without scripts, styles, event handlers or forms. Images may also point to {@code cid:}
 * so that inline images of an e-mail stay linked to their attachment.
 */
public final class HtmlSanitizer {

    private static final Safelist SAFELIST = Safelist.relaxed().addProtocols("img", "src", "cid");

    private HtmlSanitizer() {
    }

    /** The sanitized body markup of {@code html}. */
    public static String sanitize(String html) {
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "", SAFELIST, output);
    }
}
