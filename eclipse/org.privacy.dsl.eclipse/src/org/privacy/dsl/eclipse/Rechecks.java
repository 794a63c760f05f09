package org.privacy.dsl.eclipse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

/**
 * When a rule file is added, saved or deleted, the names it declares appear or disappear for the other files of its
 * project: their markers are checked again (in the background), those of the files open in an editor (their current
 * text) and of the files that have markers. A file never opened has no markers, and gets none from here.
 */
final class Rechecks extends Job {

	private final Set<IProject> projects = new LinkedHashSet<>();

	Rechecks() {
		super("Checking rule files");
		setSystem(true);
	}

	/** Checks the files of {@code changed} again, shortly (changes coming together are checked once). */
	synchronized void schedule(Set<IProject> changed) {
		projects.addAll(changed);
		schedule(200);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		List<IProject> todo;
		synchronized (this) {
			todo = new ArrayList<>(projects);
			projects.clear();
		}
		for (IProject project : todo) {
			for (IFile file : files(project)) {
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				check(file);
			}
		}
		return Status.OK_STATUS;
	}

	private static List<IFile> files(IProject project) {
		List<IFile> files = new ArrayList<>();
		if (!project.isAccessible()) {
			return files;
		}
		try {
			project.accept(resource -> {
				if (ProjectIndex.isRuleFile(resource) && (openInEditor((IFile) resource)
						|| resource.findMarkers(Markers.TYPE, false, IResource.DEPTH_ZERO).length > 0)) {
					files.add((IFile) resource);
				}
				return true;
			});
		} catch (CoreException e) {
			PrivacyEditorPlugin.log("cannot list the rule files of project " + project.getName(), e);
		}
		return files;
	}

	static boolean openInEditor(IFile file) {
		return FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE) != null;
	}

	private static void check(IFile file) {
		try {
			if (!file.exists()) {
				return;
			}
			List<Issue> issues = PrivacyLanguage.get().read(file, edited -> edited.resource()
					.getResourceServiceProvider().getResourceValidator()
					.validate(edited.resource(), CheckMode.ALL, () -> false));
			if (issues != null) {
				Markers.replace(file, issues);
			}
		} catch (CoreException | RuntimeException e) {
			PrivacyEditorPlugin.log("cannot check " + file.getFullPath(), e);
		}
	}
}
