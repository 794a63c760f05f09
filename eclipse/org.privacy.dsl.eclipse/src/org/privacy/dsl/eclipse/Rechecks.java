package org.privacy.dsl.eclipse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

/**
 * When a rule file is added, saved or deleted, the names it declares appear or disappear for the other files of its
 * project: their markers are checked again (in the background), those of the files open in an editor (their current
 * text) and of the files that have markers. A file never opened has no markers, and gets none from here.
 */
final class Rechecks extends Job {

	private final Set<IProject> projects = new LinkedHashSet<>();
	/** Files whose markers are up to date for every change scheduled so far (null: none scheduled). */
	private Set<IFile> upToDate;

	Rechecks() {
		super("Checking rule files");
		setSystem(true);
	}

	/** Checks the files of {@code changed} again, shortly (changes coming together are checked once). */
	synchronized void schedule(Set<IProject> changed) {
		schedule(changed, Set.of());
	}

	/**
	 * As {@link #schedule(Set)}, except for the files of {@code checked}, whose markers are up to date with this change
	 * (a file saved from its editor: its reconciler checked that text). A file is left out only if it is up to date
	 * with every change checked together.
	 */
	synchronized void schedule(Set<IProject> changed, Set<IFile> checked) {
		projects.addAll(changed);
		if (upToDate == null) {
			upToDate = new HashSet<>(checked);
		} else {
			upToDate.retainAll(checked);
		}
		schedule(200);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		List<IProject> todo;
		Set<IFile> skipped;
		synchronized (this) {
			todo = new ArrayList<>(projects);
			projects.clear();
			skipped = upToDate == null ? Set.of() : upToDate;
			upToDate = null;
		}
		for (IProject project : todo) {
			for (IFile file : files(project)) {
				if (skipped.contains(file)) {
					continue;
				}
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				check(file, monitor);
			}
		}
		return Status.OK_STATUS;
	}

	/** The rule files of {@code project} that have markers or are open in an editor. */
	private static Set<IFile> files(IProject project) {
		Set<IFile> files = new LinkedHashSet<>();
		if (!project.isAccessible()) {
			return files;
		}
		try {
			for (IMarker marker : project.findMarkers(Markers.TYPE, false, IResource.DEPTH_INFINITE)) {
				if (ProjectIndex.isRuleFile(marker.getResource())) {
					files.add((IFile) marker.getResource());
				}
			}
		} catch (CoreException e) {
			PrivacyEditorPlugin.log("cannot list the rule files of project " + project.getName(), e);
		}
		for (IFileBuffer buffer : FileBuffers.getTextFileBufferManager().getFileBuffers()) {
			IFile file = PrivacyLanguage.fileOf(buffer.getLocation());
			if (ProjectIndex.isRuleFile(file) && project.equals(file.getProject()) && EditorFiles.openInEditor(file)) {
				files.add(file);
			}
		}
		return files;
	}

	/** Checks {@code file} again, unless the job is cancelled (then its markers stay as they are). */
	private static void check(IFile file, IProgressMonitor monitor) {
		CancelIndicator cancel = monitor::isCanceled;
		try {
			if (!file.exists()) {
				return;
			}
			// a file no editor holds is checked from the index's text: a file buffer would read it from disk, and
			// once disposed have the index read it again (PrivacyLanguage.EditorsClosed)
			Function<EditedResource, List<Issue>> validation = edited -> Markers.issues(edited, cancel);
			PrivacyLanguage language = PrivacyLanguage.get();
			List<Issue> issues = EditorFiles.openInEditor(file) ? language.read(file, validation)
					: language.index(file.getProject()).readStored(file, validation);
			if (issues != null && !cancel.isCanceled()) {
				Markers.replace(file, issues);
			}
		} catch (OperationCanceledError | OperationCanceledException e) {
			// the job is cancelled: its loop stops
		} catch (CoreException | RuntimeException e) {
			PrivacyEditorPlugin.log("cannot check " + file.getFullPath(), e);
		}
	}
}
