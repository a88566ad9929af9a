package org.complaintgateway.routes.acknowledgments;

import java.util.Locale;
import java.util.Map;
import org.complaintgateway.config.AcknowledgmentSettings;
import org.complaintgateway.mappings.model.Complaint;

/** The words of an acknowledgment: the template of the complaint's language, its placeholders filled in. */
final class AcknowledgmentText {

    /** How a customer whose name the channel did not tell is addressed, by language. */
    private static final Map<String, String> NAMELESS = Map.of("en", "customer", "it", "cliente");

    private AcknowledgmentText() {
    }

    static String of(AcknowledgmentSettings settings, Complaint complaint) {
        String language = language(settings, complaint.language());
        String name = complaint.customer().name();
        if (name == null || name.isBlank()) {
            name = NAMELESS.getOrDefault(language, NAMELESS.get("en"));
        }
        return settings.templates().get(language)
                .replace("{name}", name.strip())
                .replace("{protocolNumber}", complaint.protocolNumber())
                .replace("{responseTime}", settings.responseTime());
    }

    /** The complaint's language when there is a template for it (pt-BR falls back to pt), else the default. */
    static String language(AcknowledgmentSettings settings, String complaintLanguage) {
        if (complaintLanguage == null || complaintLanguage.isBlank()) {
            return settings.defaultLanguage();
        }
        String exact = complaintLanguage.strip();
        if (settings.templates().containsKey(exact)) {
            return exact;
        }
        String primary = exact.split("-", 2)[0].toLowerCase(Locale.ROOT);
        return settings.templates().containsKey(primary) ? primary : settings.defaultLanguage();
    }
}
