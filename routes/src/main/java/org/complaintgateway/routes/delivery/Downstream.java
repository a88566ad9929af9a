package org.complaintgateway.routes.delivery;

import org.complaintgateway.routes.store.OutboxItem;

/** Where complaints go: one attempt to hand one complaint over. Never throws for a failed attempt. */
public interface Downstream {
    DeliveryOutcome send(OutboxItem item);
}
