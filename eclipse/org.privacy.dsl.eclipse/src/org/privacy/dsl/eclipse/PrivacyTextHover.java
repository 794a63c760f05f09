package org.privacy.dsl.eclipse;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Hover (extension point {@code org.eclipse.ui.genericeditor.hoverProviders}): the language server's hover service
 * run in-process (rule title, legal basis and the article's text, term definitions), shown as plain text.
 */
public class PrivacyTextHover implements ITextHover {

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		try {
			return PrivacyLanguage.get().read(viewer.getDocument(), edited -> text(edited, region.getOffset()));
		} catch (RuntimeException e) {
			PrivacyEditorPlugin.log("cannot show the hover", e);
			return null;
		}
	}

	/** The hover text at {@code offset}, its Markdown reduced to plain text; null when there is none. */
	public static String text(EditedResource edited, int offset) {
		IHoverService service = edited.resource().getResourceServiceProvider().get(IHoverService.class);
		HoverParams params = new HoverParams(new TextDocumentIdentifier(edited.uri()),
				edited.document().getPosition(offset));
		Hover hover = service.hover(edited.document(), edited.resource(), params, CancelIndicator.NullImpl);
		if (hover == null || hover.getContents() == null || !hover.getContents().isRight()
				|| hover.getContents().getRight().getValue().isBlank()) {
			return null;
		}
		return plain(hover.getContents().getRight().getValue());
	}

	/** Markdown's marks dropped: the platform's default hover shows text. */
	static String plain(String markdown) {
		return markdown.replaceAll("(?m)^#+\\s*", "").replace("**", "").replace("`", "").replaceAll("(?m)^---+$", "")
				.replace("\\", "").strip();
	}
}
