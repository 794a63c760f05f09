package org.privacy.dsl.eclipse;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.reconciler.Reconciler;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

/**
 * Validates a rule file when it is opened and as the user types (extension point
 * {@code org.eclipse.ui.genericeditor.reconcilers}), and turns the language's issues into {@link Markers}; the same
 * parse gives the file's {@link PrivacyOutlinePage Outline} its symbols.
 */
public class PrivacyReconciler extends Reconciler {

	public PrivacyReconciler() {
		setReconcilingStrategy(new Validation(), IDocument.DEFAULT_CONTENT_TYPE);
		setDelay(300);
	}

	/** What one check found: the issues of the file (null outside the workspace) and its outline, if one is shown. */
	private record Checked(IFile file, List<Issue> issues, List<DocumentSymbol> symbols) {
	}

	private static final class Validation implements IReconcilingStrategy, IReconcilingStrategyExtension {
		private IDocument document;
		private IProgressMonitor monitor;

		@Override
		public void setDocument(IDocument document) {
			this.document = document;
		}

		@Override
		public void setProgressMonitor(IProgressMonitor monitor) {
			this.monitor = monitor;
		}

		/** Without it, no marker shows until the user types. */
		@Override
		public void initialReconcile() {
			validate();
		}

		@Override
		public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
			validate();
		}

		@Override
		public void reconcile(IRegion partition) {
			validate();
		}

		private void validate() {
			CancelIndicator cancel = () -> monitor != null && monitor.isCanceled();
			try {
				// markers are written outside the project's lock: the workspace's lock is taken for them
				boolean outlined = PrivacyOutlinePage.shown(document);
				Checked checked = PrivacyLanguage.get().read(document, edited -> new Checked(edited.file(),
						edited.file() == null ? null : Markers.issues(edited, cancel),
						outlined ? PrivacyOutlinePage.symbols(edited, cancel) : null));
				if (checked == null || cancel.isCanceled()) {
					return;
				}
				if (checked.symbols() != null) {
					PrivacyOutlinePage.parsed(document, checked.symbols());
				}
				if (checked.file() != null) {
					Markers.replace(checked.file(), checked.issues());
				}
			} catch (OperationCanceledError | OperationCanceledException e) {
				// the user typed again: the next check follows
			} catch (CoreException | RuntimeException e) {
				PrivacyEditorPlugin.log("cannot check the rule file", e);
			}
		}
	}
}
