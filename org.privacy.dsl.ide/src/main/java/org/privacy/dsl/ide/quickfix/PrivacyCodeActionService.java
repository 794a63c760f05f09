package org.privacy.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

/**
 * Quick fixes for the diagnostics of rule files, one {@link QuickFix} per issue code that has an obvious fix:
 * did-you-mean replacements, a missing legal basis, a guard for an optional field, a free rule id for a duplicate,
 * the start of a deadline, names of calendars and days, keywords in names, and a few more (see
 * docs/EDITOR-NAVIGATION.md).
 */
public class PrivacyCodeActionService implements ICodeActionService2 {

	private final Map<String, QuickFix> fixes = new HashMap<>();

	@Inject
	PrivacyCodeActionService(UnknownNameFix unknownName, MissingBasisFix missingBasis,
			UnguardedOptionalFix unguardedOptional, DuplicateRuleIdFix duplicateRuleId,
			DeadlineWithoutStartFix deadlineWithoutStart, NotAnActivityFix notAnActivity, ReservedNameFix reservedName,
			DuplicateNameFix duplicateName, MultipleKeysFix multipleKeys, UnknownTimeZoneFix unknownTimeZone,
			UnknownPlaceholderFix unknownPlaceholder, DeadlineOnProhibitionFix deadlineOnProhibition,
			ExceptionNeverAppliesFix exceptionNeverApplies, KeywordInNameFix keywordInName,
			UnknownCalendarFix unknownCalendar, UnknownOpeningHoursFix unknownOpeningHours,
			UnknownWeekdayFix unknownWeekday, NoDefaultCalendarFix noDefaultCalendar,
			UnknownAllowCodeFix unknownAllowCode) {
		for (QuickFix fix : List.of(unknownName, missingBasis, unguardedOptional, duplicateRuleId,
				deadlineWithoutStart, notAnActivity, reservedName, duplicateName, multipleKeys, unknownTimeZone,
				unknownPlaceholder, deadlineOnProhibition, exceptionNeverApplies, keywordInName, unknownCalendar,
				unknownOpeningHours, unknownWeekday, noDefaultCalendar, unknownAllowCode)) {
			fixes.put(fix.code(), fix);
		}
	}

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		CodeActionParams params = options.getCodeActionParams();
		List<String> only = params.getContext().getOnly();
		if (only != null && only.stream().noneMatch(k -> CodeActionKind.QuickFix.startsWith(k))) {
			return List.of();
		}
		return options.getLanguageServerAccess().doSyncRead(options.getURI(), context -> {
			List<Either<Command, CodeAction>> actions = new ArrayList<>();
			if (!(context.getResource() instanceof XtextResource resource)) {
				return actions;
			}
			for (Diagnostic diagnostic : params.getContext().getDiagnostics()) {
				QuickFix fix = diagnostic.getCode() == null ? null : fixes.get(diagnostic.getCode().getLeft());
				if (fix != null && isInside(context.getDocument(), diagnostic)) {
					FixContext fixContext = new FixContext(options.getURI(), resource, context.getDocument(), diagnostic);
					fix.fixes(fixContext).forEach(action -> actions.add(Either.forRight(action)));
				}
			}
			return actions;
		});
	}

	/** A diagnostic of an older version of the document may lie beyond its end: it has no fix any more. */
	private static boolean isInside(Document document, Diagnostic diagnostic) {
		try {
			document.getOffSet(diagnostic.getRange().getStart());
			document.getOffSet(diagnostic.getRange().getEnd());
			return true;
		} catch (IndexOutOfBoundsException e) {
			return false;
		}
	}
}
