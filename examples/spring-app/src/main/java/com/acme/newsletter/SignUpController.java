package com.acme.newsletter;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;

/** POST /sign-ups: a sign-up that breaks a privacy rule is refused with 400 and the rules it breaks. */
@RestController
public class SignUpController {
	private final SignUps signUps;

	public SignUpController(SignUps signUps) {
		this.signUps = signUps;
	}

	@PostMapping("/sign-ups")
	public ResponseEntity<Map<String, Object>> signUp(@Valid @RequestBody SignUp signUp) {
		signUps.store(signUp);
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("status", "subscribed"));
	}

	/** The violations as {@code field: message} pairs; a privacy rule's message starts with its id. */
	@ExceptionHandler(MethodArgumentNotValidException.class)
	public ResponseEntity<Map<String, Object>> refused(MethodArgumentNotValidException e) {
		List<String> problems = e.getBindingResult().getAllErrors().stream()
				.map(error -> (error instanceof FieldError field ? field.getField() + ": " : "")
						+ error.getDefaultMessage())
				.sorted().toList();
		return ResponseEntity.badRequest().body(Map.of("status", "refused", "problems", problems));
	}
}
