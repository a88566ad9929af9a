package org.complaintgateway.routes.outbound;

import java.util.Locale;
import org.complaintgateway.mappings.model.ReplyHint;

/** The answer of a sender handed a reply hint of another channel type: a wiring mistake no retry can mend. */
final class WrongHint {

    private WrongHint() {
    }

    static SendOutcome.Failed failed(ReplyHint hint, String channel) {
        String type = hint.getClass().getSimpleName().toLowerCase(Locale.ROOT);
        String article = "aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ";
        return new SendOutcome.Failed(article + type + " reply hint cannot be answered on a " + channel + " channel");
    }
}
