package org.complaintgateway.config;

/** A webhook channel's {@code fields} map: a JSON Pointer into the body for each part of the complaint. */
final class WebhookFieldsSection {
    static final Key<String> EXTERNAL_ID = Key.required("externalId", Scalars.JSON_POINTER);
    static final Key<String> TEXT = Key.required("text", Scalars.JSON_POINTER);
    static final Key<String> CUSTOMER_NAME = Key.optional("customerName", Scalars.JSON_POINTER, null);
    static final Key<String> EMAIL = Key.optional("email", Scalars.JSON_POINTER, null);
    static final Key<String> PHONE = Key.optional("phone", Scalars.JSON_POINTER, null);
    static final Key<String> SUBJECT = Key.optional("subject", Scalars.JSON_POINTER, null);
    static final Key<String> REPLY_TO = Key.optional("replyTo", Scalars.JSON_POINTER, null);

    static final ValueType<WebhookFields> TYPE = Section.of(EXTERNAL_ID, TEXT, CUSTOMER_NAME, EMAIL, PHONE, SUBJECT,
            REPLY_TO).building(values -> new WebhookFields(values.get(EXTERNAL_ID), values.get(TEXT),
            values.get(CUSTOMER_NAME), values.get(EMAIL), values.get(PHONE), values.get(SUBJECT),
            values.get(REPLY_TO)));

    private WebhookFieldsSection() {
    }
}
