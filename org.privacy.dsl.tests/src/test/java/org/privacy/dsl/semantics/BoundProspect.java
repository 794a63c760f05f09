package org.privacy.dsl.semantics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A prospect as an application might hold it: a mutable JavaBean with getters and an {@code isX} boolean. */
public class BoundProspect {
	private String id;
	private ContactKind kind;
	private boolean objectionOffered;
	private LocalDate customerSince;
	private List<BoundConsent> consents = new ArrayList<>();

	public BoundProspect() {
	}

	public BoundProspect(String id, ContactKind kind, boolean objectionOffered, LocalDate customerSince,
			List<BoundConsent> consents) {
		this.id = id;
		this.kind = kind;
		this.objectionOffered = objectionOffered;
		this.customerSince = customerSince;
		this.consents = new ArrayList<>(consents);
	}

	public String getId() {
		return id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public ContactKind getKind() {
		return kind;
	}

	public void setKind(ContactKind kind) {
		this.kind = kind;
	}

	public boolean isObjectionOffered() {
		return objectionOffered;
	}

	public void setObjectionOffered(boolean objectionOffered) {
		this.objectionOffered = objectionOffered;
	}

	public LocalDate getCustomerSince() {
		return customerSince;
	}

	public void setCustomerSince(LocalDate customerSince) {
		this.customerSince = customerSince;
	}

	public List<BoundConsent> getConsents() {
		return consents;
	}

	public void setConsents(List<BoundConsent> consents) {
		this.consents = consents;
	}

	/** The bean's state as a value, to compare before and after a check. */
	public List<Object> snapshot() {
		return Arrays.asList(id, kind, objectionOffered, customerSince, List.copyOf(consents));
	}
}
