package org.complaintgateway.it.reliability;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.SplittableRandom;

/**
 * Bad posts to the web form's JSON API: a plausible submission (distinct per input) broken by {@link JsonMutator},
 * or kept valid with odd strings and sizes at the validator's limits (200 characters of a name or subject, 20,000 of
 * a message, the 64KB body), or sent with a content type the API does not take, an unknown or missing field, a bad
 * attachment or a bad Idempotency-Key. Whatever is not refused is journaled.
 */
final class WebformInputs {

    private static final int[] STRING_SIZES = {0, 1, 200, 254, 255, 20_000, EveryChannelGateway.MAX_BODY_BYTES - 300};
    private static final String[] WRONG_CONTENT_TYPES = {null, "text/plain; charset=utf-8", "application/xml",
        "multipart/form-data", "application/octet-stream", "application/json; charset=utf-16", "image/png", "*/*",
        "application/x-www-form-urlencoded"};
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(20);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final URI url;
    private final SplittableRandom random;

    WebformInputs(URI url, SplittableRandom random) {
        this.url = url;
        this.random = random;
    }

    BadInput next(int number) {
        ObjectNode submission = submission(number);
        int choice = random.nextInt(100);
        if (choice < 35) {
            JsonMutator.Mutated mutated = JsonMutator.mutateStringsOnly(submission, random, STRING_SIZES);
            return post(number, "odd-strings", mutated.description(), "application/json", mutated.body());
        }
        if (choice < 80) {
            JsonMutator.Mutated mutated = JsonMutator.mutate(submission, random, STRING_SIZES);
            return post(number, "malformed", mutated.description(), "application/json", mutated.body());
        }
        if (choice < 88) {
            String type = WRONG_CONTENT_TYPES[random.nextInt(WRONG_CONTENT_TYPES.length)];
            return post(number, "content-type", "Content-Type " + type, type,
                    submission.toString().getBytes(StandardCharsets.UTF_8));
        }
        if (choice < 96) {
            return fieldTrouble(number, submission);
        }
        return idempotencyKeyTrouble(number, submission);
    }

    private BadInput fieldTrouble(int number, ObjectNode submission) {
        String what;
        switch (random.nextInt(5)) {
            case 0 -> {
                submission.put("priority", "urgent");
                what = "an unknown field";
            }
            case 1 -> {
                String[] required = {"name", "email", "subject", "message"};
                what = "without " + required[random.nextInt(required.length)];
                submission.remove(what.substring("without ".length()));
            }
            case 2 -> {
                submission.set("attachment", NODES.objectNode().put("name", "scan.pdf").put("contentType", "application/pdf")
                        .put("contentBase64", "%%not base64%%" + "A".repeat(random.nextInt(100))));
                what = "an attachment that is not base64";
            }
            case 3 -> {
                byte[] content = new byte[16 * 1024 - 1 + random.nextInt(3)];
                random.nextBytes(content);
                submission.set("attachment", NODES.objectNode().put("name", "../../etc/passwd\u0000.pdf")
                        .put("contentType", "application/pdf\r\nX-Injected: 1")
                        .put("contentBase64", Base64.getEncoder().encodeToString(content)));
                what = "an attachment of " + content.length + " bytes with a hostile name and type";
            }
            default -> {
                String[] emails = {"not-an-address", "a@b", "@example.org", "ana@example.org\r\nBcc: x@example.org",
                    "ana@" + "x".repeat(300) + ".org", "\"quoted\"@example.org", "ana@example..org"};
                submission.put("email", emails[random.nextInt(emails.length)]);
                submission.put("phone", random.nextBoolean() ? "not a phone" : "+1 555 01" + "0".repeat(random.nextInt(40)));
                what = "an odd e-mail address " + submission.get("email") + " and phone " + submission.get("phone");
            }
        }
        return post(number, "fields", what, "application/json", submission.toString().getBytes(StandardCharsets.UTF_8));
    }

    private BadInput idempotencyKeyTrouble(int number, ObjectNode submission) {
        String[] keys = {"k".repeat(201), "has space", "", "x".repeat(200) + number, "bad-key-" + number};
        String key = keys[random.nextInt(keys.length)];
        byte[] body = submission.toString().getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = request("application/json", body);
        if (!key.isEmpty()) {
            request.header("Idempotency-Key", key);
        }
        return new BadInput(number, "idempotency-key", EveryChannelGateway.WEBFORM,
                "Idempotency-Key of " + key.length() + " characters", request.build(), body, true);
    }

    private BadInput post(int number, String kind, String description, String contentType, byte[] body) {
        return new BadInput(number, kind, EveryChannelGateway.WEBFORM, description, request(contentType, body).build(), body,
                true);
    }

    private HttpRequest.Builder request(String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(ANSWER_WITHIN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return contentType == null ? request : request.header("Content-Type", contentType);
    }

    private ObjectNode submission(int number) {
        ObjectNode submission = NODES.objectNode()
                .put("name", "Ana Example " + number)
                .put("email", "customer" + number + "@example.org")
                .put("subject", "Complaint " + number)
                .put("message", "My order " + (4700 + number) + " arrived broken, case " + number + ".");
        if (random.nextBoolean()) {
            submission.put("phone", "+1 555 01" + String.format("%02d", number % 100));
        }
        if (random.nextInt(4) == 0) {
            submission.put("language", random.nextBoolean() ? "en" : "it");
        }
        return submission;
    }
}
