package com.acme.newsletter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The newsletter service: {@code ../../mvnw spring-boot:run}, then POST a sign-up to /sign-ups. */
@SpringBootApplication
public class NewsletterApplication {
	public static void main(String[] args) {
		SpringApplication.run(NewsletterApplication.class, args);
	}
}
