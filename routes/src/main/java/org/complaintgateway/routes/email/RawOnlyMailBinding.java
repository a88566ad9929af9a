package org.complaintgateway.routes.email;

import jakarta.mail.Message;
import java.util.Map;
import java.util.TreeMap;
import org.apache.camel.Exchange;
import org.apache.camel.component.mail.MailBinding;
import org.apache.camel.component.mail.MailMessage;

/**
 * camel-mail's binding without its copies of the mail into the Camel message: no headers, no body. The intake reads the
 * raw bytes from the original mail and nothing else, and the copies are not free: the first look at any exchange
 * header (camel-mail's own commit looks for {@code moveTo}) read every header line and the envelope from the server,
 * and Camel's stream caching, which looks at every body, read the body structure and decoded the content: four
 * round trips per mail on top of the one fetch of the raw bytes.
 */
final class RawOnlyMailBinding extends MailBinding {

    @Override
    protected Map<String, Object> extractHeadersFromMail(Message mailMessage, Exchange exchange) {
        return new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    }

    @Override
    public Object extractBodyFromMail(Exchange exchange, MailMessage mailMessage) {
        return null;
    }
}
