package org.complaintgateway.benchmarks;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@link MinimalCamelApp} in a child JVM started from this benchmark's own class path, forwarding to the sink. */
final class BaselineProcess {

    private BaselineProcess() {
    }

    static FootprintSubject launch(FootprintOptions options, Path workDir, DeliverySink sink) {
        int port = FreePort.find();
        int managementPort = FreePort.find();
        List<String> mainArgs = List.of("-cp", System.getProperty("java.class.path"), MinimalCamelApp.class.getName(),
                Integer.toString(port), Integer.toString(managementPort), sink.url().toString());
        ChildJvm jvm = ChildJvm.launch(options.jvmFlags(), mainArgs, Map.of(), workDir.resolve("baseline.log"));
        List<String> command = new ArrayList<>();
        command.add("java");
        command.addAll(options.jvmFlags());
        command.addAll(mainArgs);
        return new FootprintSubject(SystemKind.BASELINE, jvm,
                URI.create("http://127.0.0.1:" + port + "/api/v1/complaints"),
                URI.create("http://127.0.0.1:" + managementPort + "/observe/health"),
                () -> sink.arrivals().size(), command);
    }
}
