package dev.parallax;

import dev.parallax.ingest.IngestCommand;
import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.ClassUtils;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ParallaxApplication {

    public static void main(String[] args) {
        if (IngestCommand.isInvoked(args)) {
            // A command runs without the web server and exits with its own code.
            var context = new SpringApplicationBuilder(ParallaxApplication.class)
                    .web(WebApplicationType.NONE)
                    .listeners(new DatabasePreflight())
                    .run(args);
            System.exit(SpringApplication.exit(context));
        }
        useGeneratedContextWhenPackaged();
        SpringApplication portal = new SpringApplication(ParallaxApplication.class);
        portal.addListeners(new DatabasePreflight());
        portal.run(args);
    }

    /**
     * The packaged jar carries the portal's bean definitions generated at build time (Spring AOT), which spare a
     * start the scanning and condition checks; use them unless told otherwise (-Dspring.aot.enabled=false). They
     * describe the web portal, so a command, which runs without the web server, never uses them.
     */
    private static void useGeneratedContextWhenPackaged() {
        String generated = ParallaxApplication.class.getName() + "__ApplicationContextInitializer";
        if (System.getProperty(AotDetector.AOT_ENABLED) == null
                && ClassUtils.isPresent(generated, ParallaxApplication.class.getClassLoader())) {
            System.setProperty(AotDetector.AOT_ENABLED, "true");
        }
    }
}
