package org.privacy.dsl.ide.server;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.privacy.dsl.linking.PrivacyLinkingDiagnosticMessageProvider;

/**
 * The compiler's messages for unknown names, computed once per unresolved name. Xtext asks again each time
 * something reads an unresolved reference (scoping, typing and validation read it many times), and each message
 * searches every visible name for a "did you mean" suggestion: in a 5,000-line file one misspelt word cost seconds
 * of editor latency. The message itself is the compiler's; only repeated questions are answered from memory, per
 * model object, so a new parse (new objects) asks afresh.
 */
public class RememberedLinkingMessages extends PrivacyLinkingDiagnosticMessageProvider {

	private final Map<EObject, Map<String, Optional<DiagnosticMessage>>> remembered = Collections
			.synchronizedMap(new WeakHashMap<>());

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EObject owner = context.getContext();
		if (owner == null) {
			return super.getUnresolvedProxyMessage(context);
		}
		String key = context.getReference().getName() + "\u0000" + context.getLinkText();
		Map<String, Optional<DiagnosticMessage>> messages = remembered.computeIfAbsent(owner,
				o -> Collections.synchronizedMap(new java.util.HashMap<>()));
		Optional<DiagnosticMessage> message = messages.get(key);
		if (message == null) {
			message = Optional.ofNullable(super.getUnresolvedProxyMessage(context));
			messages.put(key, message);
		}
		return message.orElse(null);
	}
}
