package org.privacy.dsl.ide.rename;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;

import com.google.inject.Inject;

/**
 * Rename of terms (one or more words), entities, fields, rule ids, parameters, enumerations and their values,
 * calendars and opening hours, across the files of the workspace. Works on the text rather than through the
 * serializer, so that names of several words and quoted declarations keep their form. A name that cannot be written, is a keyword or is taken is refused with a
 * message the editor shows.
 */
public class PrivacyRenameService implements IRenameService2 {

	@Inject
	private RenameTargetFinder targets;

	@Inject
	private NewNameCheck check;

	@Inject
	private RenameEdits edits;

	@Inject
	private ResourceDescriptionsProvider indexes;

	@Override
	public WorkspaceEdit rename(Options options) {
		RenameParams params = options.getRenameParams();
		return options.getLanguageServerAccess().doSyncRead(params.getTextDocument().getUri(), context -> {
			RenameTarget target = targetAt(context, params.getPosition());
			if (target == null) {
				throw new RenameRefusedException(
						"nothing to rename here: place the cursor on the name of a term, entity, field, rule, parameter,"
								+ " enumeration, calendar or opening hours");
			}
			refuseIfProblem(check.problemWithDeclaration(target.declaration()));
			String name = NewNameCheck.normalize(target.declaration(), params.getNewName());
			if (name.equals(target.name())) {
				return new WorkspaceEdit();
			}
			IResourceDescriptions index = indexes.getResourceDescriptions(context.getResource());
			refuseIfProblem(check.problemWithName(target.declaration(), name, index));
			return edits.compute(target.declaration(), name, index);
		});
	}

	@Override
	public Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepareRename(
			PrepareRenameOptions options) {
		return options.getLanguageServerAccess().doSyncRead(options.getParams().getTextDocument().getUri(), context -> {
			RenameTarget target = targetAt(context, options.getParams().getPosition());
			if (target == null) {
				return null;
			}
			refuseIfProblem(check.problemWithDeclaration(target.declaration()));
			Document document = context.getDocument();
			Range range = new Range(document.getPosition(target.region().getOffset()),
					document.getPosition(target.region().getOffset() + target.region().getLength()));
			return Either3.forSecond(new PrepareRenameResult(range, target.name()));
		});
	}

	private RenameTarget targetAt(ILanguageServerAccess.Context context, Position position) {
		if (!(context.getResource() instanceof XtextResource resource)) {
			return null;
		}
		return targets.find(resource, context.getDocument().getOffSet(position));
	}

	private static void refuseIfProblem(String problem) {
		if (problem != null) {
			throw new RenameRefusedException(problem);
		}
	}
}
