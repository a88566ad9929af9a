package org.complaintgateway.it.reliability;

import java.net.http.HttpRequest;

/**
 * One generated bad input sent over HTTP: its number in the run, the channel it goes to, what was done to it (so a
 * failure can be read without replaying), the request, and whether it carries a valid proof of its sender. An
 * unproven one must be refused (401, 403, or 413 for its size alone) whatever its body.
 */
record BadInput(int number, String kind, String channelId, String description, HttpRequest request, byte[] body,
                boolean proven) {

    @Override
    public String toString() {
        return "input #" + number + " [" + kind + " -> " + channelId + (proven ? "" : ", unproven") + ", " + body.length
                + " bytes] " + description;
    }
}
