package org.complaintgateway.config;

import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A webhook channel's {@code auth} map: exactly one of {@code hmac} (a signature of the body in a header) and
 * {@code bearer} (a token in {@code Authorization}), since a request is checked one way only.
 */
final class WebhookAuthSection {
    static final Key<String> HEADER = Key.required("header", Scalars.HEADER_NAME);
    // it is compared with the start of a header value, which holds visible ASCII and spaces only (RFC 9110)
    static final Key<String> PREFIX = Key.optional("prefix", Scalars.text(Pattern.compile("[\\x20-\\x7E]*"),
            "visible ASCII characters or spaces, such as sha256= (or \"\" for none)"), "");
    static final Key<SignatureEncoding> ENCODING = Key.optional("encoding", Scalars.oneOf(SignatureEncoding.class),
            SignatureEncoding.HEX);
    static final Key<Secret> SECRET = Key.required("secret", Scalars.SECRET);

    static final Key<WebhookAuth> HMAC = Key.optional("hmac", Section.of(HEADER, PREFIX, ENCODING, SECRET)
            .building(values -> new WebhookAuth.Hmac(values.get(HEADER), values.get(PREFIX), values.get(ENCODING),
                    values.get(SECRET))), null);
    static final Key<Secret> BEARER = Key.optional("bearer", Scalars.SECRET, null);

    static final ValueType<WebhookAuth> TYPE = ExactlyOneOf.of(HMAC, BEARER,
            "expected exactly one of hmac and bearer, got both: a request is checked one way only, so keep the one "
                    + "the source sends",
            "expected exactly one of hmac (an HMAC-SHA256 of the body, in a header) and bearer (a token in "
                    + "Authorization: Bearer), got neither: without one, anyone who finds the path can post complaints",
            Function.identity(), WebhookAuth.Bearer::new);

    private WebhookAuthSection() {
    }
}
