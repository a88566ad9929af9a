package org.complaintgateway.routes.replies;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apache.camel.Message;
import org.complaintgateway.config.ReplyApiAuth;
import org.complaintgateway.routes.delivery.DownstreamSigner;
import org.complaintgateway.routes.inbound.HmacSha256;

/**
 * Checks that a reply API request comes from the downstream: its bearer token, or the gateway's own signature scheme
 * over the raw body ({@link DownstreamSigner}: the downstream already checks it on every delivery, so it has the code
 * to compute it), with a timestamp at most 5 minutes from now so that a captured request cannot be replayed later.
 */
final class ReplyApiAuthenticator {

    /** Why a request was refused: 401 without proof, 403 with a wrong one. */
    record Refusal(int status, String error) {
    }

    static final Duration MAX_SKEW = Duration.ofMinutes(5);
    private static final String AUTHORIZATION = "Authorization";
    private static final String BEARER = "Bearer ";

    private final ReplyApiAuth auth;
    private final Clock clock;

    ReplyApiAuthenticator(ReplyApiAuth auth, Clock clock) {
        this.auth = auth;
        this.clock = clock;
    }

    /** Empty when the request is authentic; the proof's headers are removed either way. */
    Optional<Refusal> check(Message in, byte[] body) {
        String authorization = in.getHeader(AUTHORIZATION, String.class);
        String timestamp = in.getHeader(DownstreamSigner.TIMESTAMP_HEADER, String.class);
        String signature = in.getHeader(DownstreamSigner.SIGNATURE_HEADER, String.class);
        in.removeHeaders("Authorization|X-Gateway-.*");
        if (auth instanceof ReplyApiAuth.Bearer bearer) {
            if (authorization == null) {
                return Optional.of(new Refusal(401, "missing Authorization: Bearer <token>"));
            }
            boolean right = authorization.startsWith(BEARER)
                    && HmacSha256.sameSecret(authorization.substring(BEARER.length()).strip(), bearer.token().reveal());
            return right ? Optional.empty() : Optional.of(new Refusal(403, "wrong bearer token"));
        }
        if (timestamp == null || signature == null) {
            return Optional.of(new Refusal(401, "missing " + DownstreamSigner.TIMESTAMP_HEADER + " or "
                    + DownstreamSigner.SIGNATURE_HEADER));
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return Optional.of(new Refusal(403, DownstreamSigner.TIMESTAMP_HEADER + " is not a number of seconds"));
        }
        if (Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs().compareTo(MAX_SKEW) > 0) {
            return Optional.of(new Refusal(403, DownstreamSigner.TIMESTAMP_HEADER + " is more than 5 minutes from now"));
        }
        String secret = ((ReplyApiAuth.Signature) auth).secret().reveal();
        String prefix = "v1=";
        byte[] expected = HmacSha256.of(secret, (seconds + ".").getBytes(StandardCharsets.US_ASCII), body);
        boolean right = signature.startsWith(prefix) && HmacSha256.matchesHex(signature.substring(prefix.length()), expected);
        return right ? Optional.empty() : Optional.of(new Refusal(403, DownstreamSigner.SIGNATURE_HEADER
                + " does not match the body and the secret"));
    }
}
