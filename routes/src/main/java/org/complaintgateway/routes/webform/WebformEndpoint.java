package org.complaintgateway.routes.webform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.net.SocketAddress;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpConstants;
import org.complaintgateway.config.WebformChannelConfig;
import org.complaintgateway.mappings.webform.WebformSubmission;

/**
 * The HTTP face of one web channel: the JSON API and the HTML form. Both go through the same
 * {@link WebformIntake} and differ only in how they answer.
 */
public final class WebformEndpoint {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long STORE_DOWN_RETRY_SECONDS = 5;
    private static final long BUSY_RETRY_SECONDS = 2;

    private final WebformIntake intake;
    private final Clock clock;

    public WebformEndpoint(WebformIntake intake, Clock clock) {
        this.intake = intake;
        this.clock = clock;
    }

    /** {@code POST apiPath}: JSON (or a form) in, JSON out. */
    public void api(Exchange exchange) {
        Message in = exchange.getIn();
        answerJson(in, submit(exchange, false).result());
    }

    /** {@code GET path}: the form; {@code POST path}: the confirmation, the form with errors, or a refusal page. */
    public void page(Exchange exchange) {
        Message in = exchange.getIn();
        WebformChannelConfig channel = intake.channel();
        boolean post = "POST".equals(in.getHeader(Exchange.HTTP_METHOD, String.class));
        // A posted form names the language it was shown in; a link names it as ?lang=.
        String requested = post ? SubmissionReader.field(in, "language") : SubmissionReader.field(in, "lang");
        PageLanguage lang = PageLanguage.choose(requested, in.getHeader("Accept-Language", String.class),
                channel.languages(), channel.defaultLanguage());
        if (!post) {
            answer(in, 200, "text/html; charset=utf-8",
                    FormPage.form(lang, channel.path(), channel.languages(), null, List.of(), clock.millis()));
            return;
        }
        Submitted submitted = submit(exchange, true);
        IntakeResult result = submitted.result();
        if (result instanceof IntakeResult.Accepted accepted) {
            answer(in, 200, "text/html; charset=utf-8", FormPage.confirmation(lang, channel.path(), accepted.protocolNumber()));
        } else if (result instanceof IntakeResult.Invalid invalid) {
            answer(in, 400, "text/html; charset=utf-8", FormPage.form(lang, channel.path(), channel.languages(),
                    submitted.submission(), invalid.errors(), clock.millis()));
        } else {
            int status = status(result);
            long retryAfter = retryAfterSeconds(result);
            answer(in, status, "text/html; charset=utf-8", FormPage.refused(lang, channel.path(), status, retryAfter));
            if (retryAfter > 0) {
                in.setHeader("Retry-After", Long.toString(retryAfter));
            }
        }
    }

    /** A submission as read (null when unreadable) and what became of it. */
    private record Submitted(WebformSubmission submission, IntakeResult result) {}

    private Submitted submit(Exchange exchange, boolean fromFormPage) {
        Message in = exchange.getIn();
        long length = in.getHeader("Content-Length", -1L, Long.class);
        var refused = intake.refuseEarly(clientAddress(in), length);
        if (refused.isPresent()) {
            return new Submitted(null, refused.get());
        }
        SubmissionReader.Read read = SubmissionReader.read(exchange, intake.channel().maxBodyBytes(), fromFormPage);
        if (read instanceof SubmissionReader.Read.Failed failed) {
            return new Submitted(null, failed.result());
        }
        SubmissionReader.Read.Ok ok = (SubmissionReader.Read.Ok) read;
        return new Submitted(ok.submission(),
                intake.accept(ok.submission(), ok.fieldErrors(), in.getHeader("Idempotency-Key", String.class)));
    }

    private void answerJson(Message in, IntakeResult result) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (result instanceof IntakeResult.Accepted accepted) {
            body.put("id", accepted.id());
            body.put("protocolNumber", accepted.protocolNumber());
            body.put("status", "accepted");
        } else if (result instanceof IntakeResult.Invalid invalid) {
            body.put("error", "invalid fields");
            body.put("fields", invalid.errors().stream()
                    .map(e -> Map.of("field", e.field(), "message", e.message())).toList());
        } else {
            body.put("error", describe(result));
        }
        answer(in, status(result), "application/json", toJson(body));
        long retryAfter = retryAfterSeconds(result);
        if (retryAfter > 0) {
            in.setHeader("Retry-After", Long.toString(retryAfter));
        }
    }

    private static String describe(IntakeResult result) {
        if (result instanceof IntakeResult.Malformed malformed) {
            return malformed.message();
        } else if (result instanceof IntakeResult.TooLarge tooLarge) {
            return "request body is larger than the " + tooLarge.limitBytes() + " bytes this channel accepts";
        } else if (result instanceof IntakeResult.UnsupportedType unsupported) {
            return "content type '" + unsupported.contentType()
                    + "' is not supported: send application/json, application/x-www-form-urlencoded or multipart/form-data";
        } else if (result instanceof IntakeResult.RateLimited limited) {
            return "too many submissions from this " + limited.scope() + ": retry in "
                    + limited.retryAfter().toSeconds() + " s";
        } else if (result instanceof IntakeResult.StoreDown) {
            return "the complaint store is unavailable; nothing was recorded, retry later";
        } else if (result instanceof IntakeResult.Busy) {
            return "the gateway is busy; nothing was recorded, retry in " + BUSY_RETRY_SECONDS + " s";
        }
        return result.toString();
    }

    private static int status(IntakeResult result) {
        if (result instanceof IntakeResult.Accepted) {
            return 202;
        } else if (result instanceof IntakeResult.TooLarge) {
            return 413;
        } else if (result instanceof IntakeResult.UnsupportedType) {
            return 415;
        } else if (result instanceof IntakeResult.RateLimited) {
            return 429;
        } else if (result instanceof IntakeResult.StoreDown || result instanceof IntakeResult.Busy) {
            return 503;
        }
        return 400;
    }

    private static long retryAfterSeconds(IntakeResult result) {
        if (result instanceof IntakeResult.RateLimited limited) {
            return limited.retryAfter().toSeconds();
        }
        if (result instanceof IntakeResult.Busy) {
            return BUSY_RETRY_SECONDS;
        }
        return result instanceof IntakeResult.StoreDown ? STORE_DOWN_RETRY_SECONDS : 0;
    }

    /** Replaces everything platform-http put on the message (request headers, form fields) by our answer alone. */
    private static void answer(Message in, int status, String contentType, String body) {
        in.getHeaders().clear();
        in.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        in.setHeader(Exchange.CONTENT_TYPE, contentType);
        in.setBody(body);
    }

    private static String clientAddress(Message in) {
        Object remote = in.getHeader(VertxPlatformHttpConstants.REMOTE_ADDRESS);
        return remote instanceof SocketAddress address ? address.hostAddress() : "unknown";
    }

    private static String toJson(Map<String, Object> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }
}
