package org.complaintgateway.mappings.email;

import java.util.List;

/**
 * The filters every mail passes, in order. Loops first: our own mail must never become a complaint, whatever else
 * it looks like. Bounces before auto-replies, since delivery reports often carry auto-reply headers too.
 */
final class EmailFilters {

    static final List<EmailFilter> IN_ORDER = List.of(new LoopFilter(), new BounceFilter(), new AutoReplyFilter());

    private EmailFilters() {
    }
}
