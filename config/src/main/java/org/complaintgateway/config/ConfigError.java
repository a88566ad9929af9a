package org.complaintgateway.config;

import java.nio.file.Path;

/**
 * One thing wrong with a config file, placed like a compiler places it.
 *
 * @param file      the config file as it was given to the loader
 * @param line      1-based line, 0 when the problem has no position (the file cannot be read)
 * @param column    1-based column, 0 when the problem has no position
 * @param channelId the channel the problem is in, null outside {@code channels} or when the channel has no valid id
 * @param field     dotted path of the key, relative to the channel inside {@code channels}, null for the whole file
 * @param message   what is wrong and what was expected; never a secret value
 */
public record ConfigError(Path file, int line, int column, String channelId, String field, String message) {

    /** Reads like {@code full.yaml:12:7: channel 'site-form', field 'perIp.requests': expected ..., got "ten"}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder().append(file);
        if (line > 0) {
            text.append(':').append(line).append(':').append(column);
        }
        text.append(": ");
        if (channelId != null) {
            text.append("channel '").append(channelId).append("'").append(field != null ? ", " : ": ");
        }
        if (field != null) {
            text.append("field '").append(field).append("': ");
        }
        return text.append(message).toString();
    }
}
