package dev.parallax;

import dev.parallax.ingest.IngestCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
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
        SpringApplication portal = new SpringApplication(ParallaxApplication.class);
        portal.addListeners(new DatabasePreflight());
        portal.run(args);
    }
}
