package org.privacy.dsl.ide.server;

import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;
import org.privacy.dsl.linking.PrivacyLinkingDiagnosticMessageProvider;

/**
 * The compiler's messages for unknown names, computed once per unresolved name. Xtext asks again each time
 * something reads an unresolved reference (scoping, typing and validation read it many times), and each message
 * searches every visible name for a "did you mean" suggestion: in a 5,000-line file one misspelt word cost seconds
 * of editor latency. The message itself is the compiler's; only repeated questions are answered from memory, per
 * model object, so a new parse (new objects) asks afresh.
 */
public class RememberedLinkingMessages extends PrivacyLinkingDiagnosticMessageProvider {

	/**
	 * What was answered about one model object, and for which parse of its file: a file re-parsed where it changed
	 * ({@link ReparsingIncrementalBuilder}) keeps the objects of the declarations around the change, whose messages
	 * ("did you mean ...?") may now name other names. The parse is held weakly, so that the memory does not keep the
	 * model (and so the key) alive.
	 */
	private record Memory(WeakReference<IParseResult> parse, Map<String, Optional<DiagnosticMessage>> messages) {
	}

	private final Map<EObject, Memory> remembered = Collections.synchronizedMap(new WeakHashMap<>());

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EObject owner = context.getContext();
		if (owner == null) {
			return super.getUnresolvedProxyMessage(context);
		}
		String key = context.getReference().getName() + "\u0000" + context.getLinkText();
		IParseResult parse = owner.eResource() instanceof XtextResource resource ? resource.getParseResult() : null;
		Memory memory = remembered.get(owner);
		if (memory == null || memory.parse().get() != parse) {
			memory = new Memory(new WeakReference<>(parse), Collections.synchronizedMap(new HashMap<>()));
			remembered.put(owner, memory);
		}
		Optional<DiagnosticMessage> message = memory.messages().get(key);
		if (message == null) {
			message = Optional.ofNullable(super.getUnresolvedProxyMessage(context));
			memory.messages().put(key, message);
		}
		return message.orElse(null);
	}
}
