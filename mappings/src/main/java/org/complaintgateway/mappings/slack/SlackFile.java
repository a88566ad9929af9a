package org.complaintgateway.mappings.slack;

/** A file shared with a message, as the event describes it; any field may be null (Slack Connect files carry an id only). */
record SlackFile(String id, String name, String mimetype, Long size, String urlPrivate) {
}
