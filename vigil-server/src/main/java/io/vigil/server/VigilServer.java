package io.vigil.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/** The Spring Boot edge of Vigil. Started by {@code vigil serve}; see {@code io.vigil.cli}. */
@SpringBootApplication
@ConfigurationPropertiesScan
@org.springframework.scheduling.annotation.EnableScheduling
public class VigilServer {
  /** Starts the server with the given Spring arguments and returns the running context. */
  public static ConfigurableApplicationContext start(String... args) {
    SpringApplication app = new SpringApplication(VigilServer.class);
    return app.run(args);
  }

  public static void main(String[] args) {
    start(args);
  }
}
