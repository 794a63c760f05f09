package org.privacy.beanvalidation;

import java.util.List;

/** A sign-up request as a web application receives it: a record holding a list of records. */
public record Signup(String id, String email, boolean optedIn, List<Credential> credentials) {
}
