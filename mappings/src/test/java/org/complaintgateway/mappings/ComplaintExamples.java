package org.complaintgateway.mappings;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.complaintgateway.mappings.model.Attachment;
import org.complaintgateway.mappings.model.ChannelRef;
import org.complaintgateway.mappings.model.ChannelType;
import org.complaintgateway.mappings.model.Classification;
import org.complaintgateway.mappings.model.Complaint;
import org.complaintgateway.mappings.model.Customer;
import org.complaintgateway.mappings.model.Location;
import org.complaintgateway.mappings.model.Relations;
import org.complaintgateway.mappings.model.ReplyHint;

/** Complaints with every field filled in, one per reply hint variant, for schema and codec tests. */
public final class ComplaintExamples {

    public static final String ID = "01950f3c-8e2a-7b41-9c3d-2f6a8b1e4d57";
    public static final String EARLIER_ID = "01950f3a-1111-7222-8333-444455556666";
    public static final Instant RECEIVED_AT = Instant.parse("2026-03-02T10:15:30.123Z");
    private static final Instant WINDOW_END = Instant.parse("2026-03-03T10:15:30Z");

    private ComplaintExamples() {
    }

    public static List<ReplyHint> everyReplyHint() {
        return List.of(
                new ReplyHint.Email("support-mail", "jane@example.com", List.of("john@example.org"),
                        "Re: Parcel never arrived [RC-2026-000042]", "<abc@mail.example.com>",
                        List.of("<root@mail.example.com>", "<abc@mail.example.com>"), "support@example.net"),
                new ReplyHint.Telegram("bot", "123456789", "42"),
                new ReplyHint.WhatsApp("wa", "15550100", "1098765432", WINDOW_END),
                new ReplyHint.Messenger("fb", "2468013579", "13579", WINDOW_END),
                new ReplyHint.Instagram("ig", "9753108642", "86420", WINDOW_END),
                new ReplyHint.Slack("slack", "C0123456789", "1772446530.000100"),
                new ReplyHint.Webform("site-form", "jane@example.com", "+1 555 0100"),
                new ReplyHint.Webhook("hook", "https://partner.example.com/replies"));
    }

    /** A complaint with every optional field set, answered through {@code replyHint}. */
    public static Complaint full(ReplyHint replyHint) {
        return new Complaint(
                Complaint.SCHEMA_VERSION,
                ID,
                "RC-2026-000042",
                RECEIVED_AT,
                new ChannelRef(channelType(replyHint), replyHint.channelId(), "<abc@mail.example.com>", "<root@mail.example.com>"),
                new Customer("Jane Example", "jane@example.com", "+1 555 0100", "@jane_example", "en-GB", "100000001"),
                "Parcel never arrived",
                "Tracking says delivered, but nothing came.",
                "> Your parcel is on its way.",
                "<p>Tracking says delivered, but nothing came.</p>",
                "en",
                List.of(new Attachment("tracking.txt", "text/plain", 3L,
                                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", "YWJj", null),
                        new Attachment("photo.jpg", "image/jpeg", 123456L,
                                "0000000000000000000000000000000000000000000000000000000000000000", null,
                                "https://files.example.com/attachments/photo.jpg")),
                new Classification("delivery", "kettle", "high", List.of("parcel", "refund"), "logistics"),
                replyHint,
                new Relations(EARLIER_ID, null, "protocol number in subject"),
                List.of("htmlConverted", "truncated"),
                new Location(52.520008, 13.404954, "Kettle Shop Mitte", "Beispielstraße 1, 10115 Berlin"));
    }

    /** Only what the constructor requires. */
    public static Complaint minimal() {
        return new Complaint(Complaint.SCHEMA_VERSION, ID, "RC-2026-000042", RECEIVED_AT,
                new ChannelRef(ChannelType.TELEGRAM, "bot", "100200300", null),
                new Customer(null, null, null, null, null),
                null, "Hello", null, null, null, null, null,
                new ReplyHint.Telegram("bot", "123456789", null), null, null);
    }

    // The reply hint records are named after their channel type: Email, Telegram, WhatsApp, ...
    private static ChannelType channelType(ReplyHint hint) {
        return ChannelType.valueOf(hint.getClass().getSimpleName().toUpperCase(Locale.ROOT));
    }
}
