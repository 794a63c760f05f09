package org.privacy.dsl.eclipse;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Content assist (extension point {@code org.eclipse.ui.genericeditor.contentAssistProcessors}): the language
 * server's completion service, run in-process, its items turned into Eclipse proposals.
 */
public class PrivacyContentAssistProcessor implements IContentAssistProcessor {

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		try {
			List<ICompletionProposal> proposals = PrivacyLanguage.get().read(viewer.getDocument(),
					edited -> proposals(edited, offset));
			return proposals == null ? new ICompletionProposal[0] : proposals.toArray(ICompletionProposal[]::new);
		} catch (RuntimeException e) {
			PrivacyEditorPlugin.log("cannot propose completions", e);
			return new ICompletionProposal[0];
		}
	}

	static List<ICompletionProposal> proposals(EditedResource edited, int offset) {
		ContentAssistService service = edited.resource().getResourceServiceProvider().get(ContentAssistService.class);
		Document document = edited.document();
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(edited.uri()),
				document.getPosition(offset));
		CompletionList list = service.createCompletionList(document, edited.resource(), params,
				CancelIndicator.NullImpl);
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (CompletionItem item : list.getItems()) {
			String text;
			Range range;
			if (item.getTextEdit() == null) {
				text = item.getInsertText() != null ? item.getInsertText() : item.getLabel();
				range = new Range(document.getPosition(offset), document.getPosition(offset));
			} else if (item.getTextEdit().isLeft()) {
				text = item.getTextEdit().getLeft().getNewText();
				range = item.getTextEdit().getLeft().getRange();
			} else {
				text = item.getTextEdit().getRight().getNewText();
				range = item.getTextEdit().getRight().getReplace();
			}
			int start = document.getOffSet(range.getStart());
			int end = document.getOffSet(range.getEnd());
			String detail = item.getDetail();
			proposals.add(new CompletionProposal(text, start, end - start, text.length(), null, item.getLabel()
					+ (detail == null || detail.isBlank() ? "" : " - " + detail), null, null));
		}
		return proposals;
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
