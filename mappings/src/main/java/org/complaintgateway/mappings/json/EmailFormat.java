package org.complaintgateway.mappings.json;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Format;
import org.complaintgateway.mappings.text.EmailAddressSyntax;

/**
 * The schema's {@code email} format checked with the same rule the web form applies, so every address the gateway
 * accepts also validates; the library's own check rejects valid domains whose top-level name is not on its list.
 */
final class EmailFormat implements Format {

    @Override
    public String getName() {
        return "email";
    }

    @Override
    public boolean matches(ExecutionContext executionContext, String value) {
        return EmailAddressSyntax.isValid(value);
    }

    @Override
    public String getErrorMessageDescription() {
        return "must be a valid e-mail address";
    }
}
