package dev.parallax.ingest;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.nio.file.Path;

/** {@code java -jar parallax.jar ingest DIR}: ingests a folder, prints a line per file, and exits. */
@Component
@Order(1)
public class IngestCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final String NAME = "ingest";

    private final FolderIngestion folders;
    private final PrintStream out;
    private int exitCode;

    @org.springframework.beans.factory.annotation.Autowired
    IngestCommand(FolderIngestion folders) {
        this(folders, System.out);
    }

    IngestCommand(FolderIngestion folders, PrintStream out) {
        this.folders = folders;
        this.out = out;
    }

    public static boolean isInvoked(String... args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!isInvoked(args.getSourceArgs())) {
            return;
        }
        if (args.getNonOptionArgs().size() != 2) {
            out.println("Usage: java -jar parallax.jar ingest DIR");
            exitCode = 2;
            return;
        }
        Path folder = Path.of(args.getNonOptionArgs().get(1));
        try {
            long started = System.nanoTime();
            FolderIngestion.Report report = folders.ingest(folder);
            report.files().forEach(file -> out.println(file.describe()));
            out.printf("%s in %.1f s%n", report.summary(), (System.nanoTime() - started) / 1e9);
        } catch (IllegalArgumentException noFolder) {
            out.println(noFolder.getMessage());
            exitCode = 2;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
