package org.complaintgateway.config;

import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * The {@code replies.auth} map: exactly one of {@code bearer} and {@code signature}, since a reply API request is
 * checked one way only.
 */
final class ReplyApiAuthSection {
    static final Key<Secret> BEARER = Key.optional("bearer", Scalars.SECRET, null);
    static final Key<Secret> SIGNATURE = Key.optional("signature", Scalars.SECRET, null);

    private static final Section SECTION = Section.of(BEARER, SIGNATURE);

    static final ValueType<ReplyApiAuth> TYPE = (node, cursor) -> {
        Values values = SECTION.read(node, cursor);
        if (!(node instanceof MappingNode)) {
            return null; // reported by the section
        }
        boolean bearer = values.isWritten(BEARER);
        if (bearer == values.isWritten(SIGNATURE)) {
            cursor.fail(node, bearer
                    ? "expected exactly one of bearer and signature, got both: a request is checked one way only, "
                    + "so keep the one the downstream sends"
                    : "expected exactly one of bearer (a token in Authorization: Bearer) and signature (a secret "
                    + "for X-Gateway-Signature, the scheme deliveries are signed with), got neither: without one, "
                    + "anyone who reaches the gateway could answer customers in its name");
            return null;
        }
        if (!values.complete()) {
            return null;
        }
        return bearer ? new ReplyApiAuth.Bearer(values.get(BEARER)) : new ReplyApiAuth.Signature(values.get(SIGNATURE));
    };

    private ReplyApiAuthSection() {
    }
}
