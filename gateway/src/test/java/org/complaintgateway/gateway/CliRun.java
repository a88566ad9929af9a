package org.complaintgateway.gateway;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.LoggerFactory;

/** One run of the command line in this JVM: its exit code and what it printed on stdout and stderr. */
record CliRun(int exitCode, String out, String err) {

    static {
        // Logging starts once per JVM, on the first logger: start it here, outside any capture, so a run's
        // output does not depend on test order. FreshProcessOutputTest checks that start-up in its own JVM.
        LoggerFactory.getILoggerFactory();
    }

    /** Swaps System.out and System.err for buffers while {@link GatewayCli#execute} runs, and puts them back. */
    static CliRun of(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exitCode = GatewayCli.execute(args);
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        return new CliRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
