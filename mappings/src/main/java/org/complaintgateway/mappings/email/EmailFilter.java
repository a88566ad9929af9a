package org.complaintgateway.mappings.email;

/** One automatic-mail check of the ordered list in {@link EmailFilters}: pass the mail, flag it, or ignore it. */
interface EmailFilter {

    FilterVerdict check(InboundMail mail, FilterContext context);
}
