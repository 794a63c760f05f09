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
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

/**
 * Validates a rule file when it is opened and as the user types (extension point
 * {@code org.eclipse.ui.genericeditor.reconcilers}), and turns the language's issues into {@link Markers}.
 */
public class PrivacyReconciler extends Reconciler {

	public PrivacyReconciler() {
		setReconcilingStrategy(new Validation(), IDocument.DEFAULT_CONTENT_TYPE);
		setDelay(300);
	}

	private record Checked(IFile file, List<Issue> issues) {
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
				Checked checked = PrivacyLanguage.get().read(document, edited -> edited.file() == null ? null
						: new Checked(edited.file(), edited.resource().getResourceServiceProvider()
								.getResourceValidator().validate(edited.resource(), CheckMode.ALL, cancel)));
				if (checked != null && !cancel.isCanceled()) {
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
