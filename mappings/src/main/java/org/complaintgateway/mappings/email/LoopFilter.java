package org.complaintgateway.mappings.email;

/**
 * Ignores our own mail coming back (an acknowledgment forwarded or bounced into our mailbox, two gateways answering
 * each other): a Message-ID the gateway generated, or a From that is one of the channel's own addresses.
 */
final class LoopFilter implements EmailFilter {

    @Override
    public FilterVerdict check(InboundMail mail, FilterContext context) {
        if (OwnMessageIds.isOurs(mail.messageId())) {
            return new FilterVerdict.Ignore("loop: Message-ID is one the gateway generated");
        }
        if (mail.from() != null && context.settings().isOwnAddress(mail.from().address())) {
            return new FilterVerdict.Ignore("loop: From is our own address");
        }
        return FilterVerdict.PASS;
    }
}
