package org.complaintgateway.config;

import java.util.List;
import java.util.Map;

/**
 * The words of automatic acknowledgments: the placeholders a template may use, and the built-in English and Italian
 * templates, so that an admin who writes none still acknowledges in the two languages the web form speaks.
 */
public final class AcknowledgmentTemplates {
    /** The customer's name, or a neutral word when it is unknown. */
    public static final String NAME = "{name}";
    /** The complaint's protocol number: the one placeholder every template must hold. */
    public static final String PROTOCOL_NUMBER = "{protocolNumber}";
    /** The {@code responseTime} of the {@code acknowledgments} section, e.g. "2 business days". */
    public static final String RESPONSE_TIME = "{responseTime}";
    /** Every placeholder a template may use; anything else in braces is an error. */
    public static final List<String> PLACEHOLDERS = List.of(NAME, PROTOCOL_NUMBER, RESPONSE_TIME);

    public static final String ENGLISH = "Dear {name}, thank you for your message. We have registered your complaint "
            + "under the number {protocolNumber} and will answer within {responseTime}. Please quote this number if "
            + "you write to us again.";
    public static final String ITALIAN = "Gentile {name}, grazie per il suo messaggio. Abbiamo registrato il suo "
            + "reclamo con il numero {protocolNumber} e le risponderemo entro {responseTime}. La preghiamo di citare "
            + "questo numero se ci scrive di nuovo.";
    /** By language code; templates the admin writes are merged over these. */
    public static final Map<String, String> BUILT_IN = Map.of("en", ENGLISH, "it", ITALIAN);

    private AcknowledgmentTemplates() {
    }
}
