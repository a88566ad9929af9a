package org.complaintgateway.mappings.email;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ignores bounces and delivery reports: a multipart/report of type delivery-status (RFC 3464), mail from
 * MAILER-DAEMON or postmaster, or an empty Return-Path. When the bounced mail's Message-ID (from the embedded
 * message or its headers, or quoted in the report or text) is known, the reason names the complaint it belongs to,
 * so the CRM can learn that our answer did not arrive.
 */
final class BounceFilter implements EmailFilter {

    private static final Set<String> DAEMONS = Set.of("mailer-daemon", "postmaster");
    // Non-standard bounces (qmail, some Exchange versions) quote the original headers in their text.
    private static final Pattern QUOTED_MESSAGE_ID = Pattern.compile(
            "^\\s*>?\\s*(?:X-)?(?:Original-)?Message-ID\\s*:\\s*(<[^<>\\s]+>)", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

    @Override
    public FilterVerdict check(InboundMail mail, FilterContext context) {
        if (!isBounce(mail)) {
            return FilterVerdict.PASS;
        }
        for (String id : bouncedMessageIds(mail)) {
            Optional<String> complaintId = context.lookup().byMessageId(id);
            if (complaintId.isPresent()) {
                return new FilterVerdict.Ignore("bounce of " + complaintId.get());
            }
        }
        return new FilterVerdict.Ignore("bounce");
    }

    private static boolean isBounce(InboundMail mail) {
        if ("multipart/report".equals(mail.mimeType()) && "delivery-status".equalsIgnoreCase(mail.reportType())) {
            return true;
        }
        if (mail.from() != null && DAEMONS.contains(mail.from().localPart())) {
            return true;
        }
        // RFC 3834 §3.3 asks autoresponders to send with a null Return-Path too: alone it only means a bounce
        // when nothing marks the mail as an auto-reply.
        return hasNullReturnPath(mail) && AutoReplySignals.find(mail).isEmpty();
    }

    private static boolean hasNullReturnPath(InboundMail mail) {
        String returnPath = mail.headers().first("Return-Path");
        return returnPath != null && returnPath.replaceAll("[<>\\s]", "").isEmpty();
    }

    private static List<String> bouncedMessageIds(InboundMail mail) {
        List<String> ids = new ArrayList<>(mail.content().embeddedMessageIds());
        List<String> texts = new ArrayList<>(mail.content().deliveryReports());
        texts.add(mail.body().text());
        texts.add(mail.body().quoted());
        for (String text : texts) {
            Matcher matcher = QUOTED_MESSAGE_ID.matcher(text);
            while (matcher.find()) {
                ids.addAll(MessageIds.parse(matcher.group(1)));
            }
        }
        return ids.stream().distinct().toList();
    }
}
