package org.privacy.dsl.eclipse;

import java.util.List;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.presentation.IPresentationDamager;
import org.eclipse.jface.text.presentation.IPresentationRepairer;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.swt.custom.StyleRange;

/**
 * Colours a rule file in the Generic Editor (extension point {@code org.eclipse.ui.genericeditor.presentationReconcilers}).
 * A word can change what the words around it are (a term declared far below), so every change recolours the file.
 */
public class PrivacyPresentationReconciler extends PresentationReconciler {

	public PrivacyPresentationReconciler() {
		WholeFile wholeFile = new WholeFile();
		setDamager(wholeFile, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(wholeFile, IDocument.DEFAULT_CONTENT_TYPE);
	}

	private static final class WholeFile implements IPresentationDamager, IPresentationRepairer {
		private IDocument document;

		@Override
		public void setDocument(IDocument document) {
			this.document = document;
		}

		@Override
		public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
			return new Region(0, document.getLength());
		}

		@Override
		public void createPresentation(TextPresentation presentation, ITypedRegion damage) {
			List<StyleRange> ranges;
			try {
				ranges = PrivacyLanguage.get().read(document, Colouring::of);
			} catch (RuntimeException e) {
				PrivacyEditorPlugin.log("cannot colour the rule file", e);
				return;
			}
			if (ranges != null) {
				presentation.replaceStyleRanges(ranges.toArray(StyleRange[]::new));
			}
		}
	}
}
