package org.privacy.dsl.semantics;

/** Shaped like Keycloak's {@code CredentialRepresentation}: a type and a creation time as a primitive {@code long}. */
public class BoundCredentialRepresentation {
	private final String type;
	private final long createdDate;

	public BoundCredentialRepresentation(String type, long createdDate) {
		this.type = type;
		this.createdDate = createdDate;
	}

	public String getType() {
		return type;
	}

	public long getCreatedDate() {
		return createdDate;
	}
}
