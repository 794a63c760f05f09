package org.privacy.beanvalidation;

/** Password hashing algorithms, as the application's own enum. */
public enum Algorithm {
	ARGON2, BCRYPT, MD5
}
