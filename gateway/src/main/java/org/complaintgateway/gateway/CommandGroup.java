package org.complaintgateway.gateway;

import picocli.CommandLine;

/** A command that only groups sub-commands ({@code dead-letters}, {@code quarantine}): alone it is a usage error. */
abstract class CommandGroup implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a sub-command: " + String.join(" or ", spec.subcommands().keySet()));
    }
}
