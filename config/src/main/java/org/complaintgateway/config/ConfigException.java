package org.complaintgateway.config;

import java.util.List;
import java.util.stream.Collectors;

/** A config file that cannot be used; it carries every error found, not just the first. */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<ConfigError> errors;

    public ConfigException(List<ConfigError> errors) {
        super(errors.stream().map(ConfigError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    /** The errors in file order. */
    public List<ConfigError> errors() {
        return errors;
    }
}
