package org.privacy.dsl.ide.quickfix;

import java.time.ZoneId;
import java.util.List;

import org.eclipse.lsp4j.CodeAction;
import org.privacy.dsl.validation.IssueCodes;

/**
 * {@code time zone "Europe/Pariss"} — replace it by the nearest IANA zone name. The diagnostic has no data yet; the
 * zone is the marked text.
 */
class UnknownTimeZoneFix implements QuickFix {

	@Override
	public String code() {
		return IssueCodes.UNKNOWN_TIME_ZONE;
	}

	@Override
	public List<CodeAction> fixes(FixContext context) {
		String marked = context.markedText().trim();
		if (marked.length() < 2 || !marked.startsWith("\"") || !marked.endsWith("\"")) {
			return List.of();
		}
		String zone = Nearest.to(marked.substring(1, marked.length() - 1), ZoneId.getAvailableZoneIds());
		if (zone == null) {
			return List.of();
		}
		CodeAction action = context.action("Change to \"" + zone + "\"",
				context.replace(context.start(), context.end(), "\"" + zone + "\""));
		action.setIsPreferred(true);
		return List.of(action);
	}
}
