package org.privacy.dsl.semantics;

import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Shaped like Keycloak's {@code UserRepresentation}, a class an application cannot change: the creation time in
 * milliseconds since 1970 ({@code Long}), a {@link Date}, attributes as a map of lists, and credentials that may be
 * {@code null}.
 */
public class BoundUserRepresentation {
	private String id;
	private Long createdTimestamp;
	private Date lastLogin;
	private Map<String, List<String>> attributes;
	private List<BoundCredentialRepresentation> credentials;

	public BoundUserRepresentation(String id, Long createdTimestamp, Date lastLogin,
			Map<String, List<String>> attributes, List<BoundCredentialRepresentation> credentials) {
		this.id = id;
		this.createdTimestamp = createdTimestamp;
		this.lastLogin = lastLogin;
		this.attributes = attributes;
		this.credentials = credentials;
	}

	public String getId() {
		return id;
	}

	public Long getCreatedTimestamp() {
		return createdTimestamp;
	}

	public Date getLastLogin() {
		return lastLogin;
	}

	public Map<String, List<String>> getAttributes() {
		return attributes;
	}

	public List<BoundCredentialRepresentation> getCredentials() {
		return credentials;
	}
}
