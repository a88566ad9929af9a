package org.complaintgateway.routes.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a sender wrote as a file's name and type never reaches a response header raw. */
class DownloadHeadersTest {

    @Test
    void aPlainNameIsGivenBothWays() {
        assertThat(DownloadHeaders.contentDisposition("receipt photo.jpg"))
                .isEqualTo("attachment; filename=\"receipt photo.jpg\"; filename*=UTF-8''receipt%20photo.jpg");
    }

    @Test
    void quotesLineBreaksAndNonAsciiAreReplacedInThePlainNameAndEncodedInTheFullOne() {
        assertThat(DownloadHeaders.contentDisposition("Rechnung \"März\"\r\nX-Evil: 1*.pdf"))
                .isEqualTo("attachment; filename=\"Rechnung _M_rz___X-Evil: 1*.pdf\"; "
                        + "filename*=UTF-8''Rechnung%20%22M%C3%A4rz%22%0D%0AX-Evil%3A%201%2A.pdf");
    }

    @Test
    void aNamelessFileIsJustAnAttachment() {
        assertThat(DownloadHeaders.contentDisposition(null)).isEqualTo("attachment");
    }

    @Test
    void onlyAPlainMediaTypeIsServedAsItIs() {
        assertThat(DownloadHeaders.contentType("image/jpeg")).isEqualTo("image/jpeg");
        assertThat(DownloadHeaders.contentType("text/html\r\nSet-Cookie: a=b")).isEqualTo("application/octet-stream");
        assertThat(DownloadHeaders.contentType(null)).isEqualTo("application/octet-stream");
    }
}
