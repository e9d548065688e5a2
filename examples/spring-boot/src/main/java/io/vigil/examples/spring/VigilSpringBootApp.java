package io.vigil.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * A Spring Boot host of Vigil: the starter gives Vigil's use cases as beans over Boot's
 * {@code DataSource}; this app adds the escalation sweep the host must schedule.
 */
@SpringBootApplication
@EnableScheduling
public class VigilSpringBootApp {

    /**
     * Starts the app.
     *
     * @param args Spring Boot's arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(VigilSpringBootApp.class, args);
    }
}
