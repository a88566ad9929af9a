package org.complaintgateway.config;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The {@code downstream.auth} map: its {@code type} (none, bearer, basic, header) decides the other keys. */
final class AuthSection {
    static final Key<Secret> TOKEN = Key.required("token", Scalars.SECRET);
    // RFC 7617: the user-id of Basic authentication cannot contain a colon
    static final Key<String> USER = Key.required("user", Scalars.text(Pattern.compile("[^:\\s]+"), "a user name without ':' or spaces"));
    static final Key<Secret> PASSWORD = Key.required("password", Scalars.SECRET);
    static final Key<String> NAME = Key.required("name", Scalars.HEADER_NAME);
    static final Key<Secret> VALUE = Key.required("value", Scalars.SECRET);

    /** One auth type: its keys and the record it builds. */
    private record Kind(String name, Section section, Function<Values, DownstreamAuth> build) {
    }

    private static final Variants<Kind> KINDS = new Variants<>("auth type", List.of(
            new Kind("none", Section.of(), values -> new DownstreamAuth.None()),
            new Kind("bearer", Section.of(TOKEN), values -> new DownstreamAuth.Bearer(values.get(TOKEN))),
            new Kind("basic", Section.of(USER, PASSWORD),
                    values -> new DownstreamAuth.Basic(values.get(USER), values.get(PASSWORD))),
            new Kind("header", Section.of(NAME, VALUE),
                    values -> new DownstreamAuth.Header(values.get(NAME), values.get(VALUE)))),
            Kind::name, Kind::section);

    static final ValueType<DownstreamAuth> TYPE = (node, cursor) -> {
        Variants.Picked<Kind> picked = KINDS.read(node, cursor);
        return picked != null && picked.values().complete() ? picked.kind().build().apply(picked.values()) : null;
    };

    private AuthSection() {
    }
}
