package org.complaintgateway.gateway;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code run} (the default), {@code validate}, {@code ledger check}, {@code dead-letters}. */
@Command(name = "complaint-gateway", mixinStandardHelpOptions = true, version = "complaint-gateway 0.1.0",
        description = "Omnichannel complaint ingestion gateway.",
        subcommands = {RunCommand.class, ValidateCommand.class, LedgerCommand.class, DeadLettersCommand.class,
            QuarantineCommand.class, TelegramCommand.class})
public final class GatewayCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs one command line and returns its exit code; with no sub-command, {@code run} is meant. */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new GatewayCli());
        cli.setParameterExceptionHandler(GatewayCli::usageError);
        if (args.length == 0 || args[0].startsWith("--config") || args[0].equals("-c")) {
            String[] withRun = new String[args.length + 1];
            withRun[0] = "run";
            System.arraycopy(args, 0, withRun, 1, args.length);
            args = withRun;
        }
        return cli.execute(args);
    }

    /** Wrong usage gets one line naming the problem and where help is, not a page of usage text. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + e.getMessage()
                + " (try: " + command.getCommandSpec().qualifiedName() + " --help)");
        return ExitCodes.INVALID;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: run, validate, ledger or dead-letters");
    }
}
