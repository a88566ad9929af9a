package org.complaintgateway.mappings.email;

/**
 * Ignores out-of-office notes and other automatic answers, unless they continue a known complaint: then the
 * customer's mailbox answered an agent's reply, which the agent should see, so it passes flagged autoReply. An
 * automatic answer to our own automatic mail (an acknowledgment) is ignored all the same: two machines talking.
 */
final class AutoReplyFilter implements EmailFilter {

    static final String AUTO_REPLY = "autoReply";

    @Override
    public FilterVerdict check(InboundMail mail, FilterContext context) {
        if (AutoReplySignals.find(mail).isEmpty()) {
            return FilterVerdict.PASS;
        }
        if (mail.inReplyTo().stream().anyMatch(context.lookup()::isAutomatic)) {
            return new FilterVerdict.Ignore("auto-reply to our acknowledgment");
        }
        return context.thread() != null ? new FilterVerdict.Flag(AUTO_REPLY) : new FilterVerdict.Ignore("auto-reply");
    }
}
