package com.acme.shop.model;

/** How likely a breach is to harm people (the rules' enumeration RiskLevel has the same constants). */
public enum RiskLevel {
	UNLIKELY, LOW, HIGH
}
