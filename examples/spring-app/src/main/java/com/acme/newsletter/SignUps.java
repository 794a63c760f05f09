package com.acme.newsletter;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;

/**
 * Where sign-ups are kept (in memory, for the example). {@code @Validated} makes Spring check {@code @Valid}
 * arguments of every call, so no sign-up that breaks the rules is stored, whoever calls.
 */
@Service
@Validated
public class SignUps {
	private final List<SignUp> stored = new CopyOnWriteArrayList<>();

	public void store(@Valid SignUp signUp) {
		stored.add(signUp);
	}

	public List<SignUp> all() {
		return List.copyOf(stored);
	}
}
