package org.complaintgateway.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

/**
 * Loads the gateway's YAML file: checks every key, resolves secret references and reports all errors at once,
 * each with file, line, column, channel and field.
 */
public final class ConfigLoader {
    private final Function<String, String> env;

    /** {@code env} looks up environment variables: {@code System::getenv} in production, a map in tests. */
    public ConfigLoader(Function<String, String> env) {
        this.env = Objects.requireNonNull(env, "env");
    }

    public GatewayConfig load(Path file) throws ConfigException {
        Problems problems = new Problems(file);
        Path configDirectory = file.toAbsolutePath().getParent();
        Cursor top = new Cursor(problems, new SecretResolver(env, configDirectory), null, null);
        GatewayConfig config = YamlFile.compose(file, problems)
                .map(root -> RootSection.read(file, root, top))
                .orElse(null);
        if (problems.count() > 0) {
            throw new ConfigException(problems.inFileOrder());
        }
        return config;
    }
}
