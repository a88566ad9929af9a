package org.complaintgateway.mappings.email;

/**
 * Ignores out-of-office notes and other automatic answers, unless they continue a known complaint: then the
 * customer's mailbox answered our acknowledgment, which the agent should see, so it passes flagged autoReply.
 */
final class AutoReplyFilter implements EmailFilter {

    static final String AUTO_REPLY = "autoReply";

    @Override
    public FilterVerdict check(InboundMail mail, FilterContext context) {
        if (AutoReplySignals.find(mail).isEmpty()) {
            return FilterVerdict.PASS;
        }
        return context.thread() != null ? new FilterVerdict.Flag(AUTO_REPLY) : new FilterVerdict.Ignore("auto-reply");
    }
}
