package org.complaintgateway.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Rule: {@code --help} on every command prints its usage on stdout and exits 0; a command line the
 * gateway cannot understand exits 2 with a one-line error on stderr, so a script's log shows the mistake
 * and not a page of usage.
 */
class CliUsageTest {

    @Test
    void helpListsEveryCommand() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: complaint-gateway")
                .contains("run", "validate", "ledger", "dead-letters");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void validateHelpDescribesTheConfigOption() {
        CliRun run = CliRun.of("validate", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: complaint-gateway validate").contains("--config=FILE");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void ledgerCheckHelpDescribesJsonOutputAndStuckExitCode() {
        CliRun run = CliRun.of("ledger", "check", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: complaint-gateway ledger check")
                .contains("--config=FILE", "--json", "exit 1");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void unknownCommandExits2WithOneLineNamingIt() {
        CliRun run = CliRun.of("frobnicate", "--config", "gateway.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("frobnicate");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void validateWithoutConfigExits2WithOneLineNamingTheOption() {
        CliRun run = CliRun.of("validate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("--config");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void noArgumentsAtAllExits2AskingForTheConfig() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("--config");
    }
}
