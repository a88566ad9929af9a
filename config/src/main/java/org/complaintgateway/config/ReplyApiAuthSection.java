package org.complaintgateway.config;

/**
 * The {@code replies.auth} map: exactly one of {@code bearer} and {@code signature}, since a reply API request is
 * checked one way only.
 */
final class ReplyApiAuthSection {
    static final Key<Secret> BEARER = Key.optional("bearer", Scalars.SECRET, null);
    static final Key<Secret> SIGNATURE = Key.optional("signature", Scalars.SECRET, null);

    static final ValueType<ReplyApiAuth> TYPE = ExactlyOneOf.of(BEARER, SIGNATURE,
            "expected exactly one of bearer and signature, got both: a request is checked one way only, so keep the "
                    + "one the downstream sends",
            "expected exactly one of bearer (a token in Authorization: Bearer) and signature (a secret for "
                    + "X-Gateway-Signature, the scheme deliveries are signed with), got neither: without one, anyone "
                    + "who reaches the gateway could answer customers in its name",
            ReplyApiAuth.Bearer::new, ReplyApiAuth.Signature::new);

    private ReplyApiAuthSection() {
    }
}
