package org.complaintgateway.routes.store;

/** Why the gateway sends a message: the downstream's reply through the reply API, or the automatic acknowledgment. */
public enum OutboundKind {
    REPLY, ACKNOWLEDGMENT
}
