package org.complaintgateway.it.webform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads the web channel's HTML pages as a browser would, with jsoup. */
final class FormPages {

    static final String PROTOCOL_NUMBER = "RC-\\d{4}-\\d{6}";

    private FormPages() {
    }

    static Document parse(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type"))
                .as("Content-Type of the %d answer", response.statusCode())
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        return Jsoup.parse(response.body());
    }

    /** The protocol number on a confirmation page; fails unless it has the promised form. */
    static String protocolNumber(HttpResponse<String> response) {
        Element number = parse(response).getElementById("protocol-number");
        assertThat(number).as("#protocol-number on the %d page %s", response.statusCode(), response.body()).isNotNull();
        assertThat(number.text()).matches(PROTOCOL_NUMBER);
        return number.text();
    }
}
