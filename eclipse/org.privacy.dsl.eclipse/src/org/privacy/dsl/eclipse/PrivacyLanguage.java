package org.privacy.dsl.eclipse;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.filebuffers.IFileBufferListener;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.privacy.dsl.ide.PrivacyIdeSetup;

import com.google.inject.Injector;

/**
 * The language running inside Eclipse: the same injector and IDE services as the language server
 * ({@link PrivacyIdeSetup}), and one {@link ProjectIndex} per project, kept up to date with the workspace and with
 * the editors (one closed without saving gives its file's text on disk back to the index).
 */
public final class PrivacyLanguage {

	private static PrivacyLanguage instance;

	private final Injector injector;
	private final Map<String, ProjectIndex> indexes = new ConcurrentHashMap<>();
	private final IResourceChangeListener workspaceListener = this::workspaceChanged;
	private final Rechecks rechecks = new Rechecks();

	private final IFileBufferListener editorsListener = new EditorsClosed();

	private PrivacyLanguage() {
		injector = new PrivacyIdeSetup().createInjectorAndDoEMFRegistration();
		ResourcesPlugin.getWorkspace().addResourceChangeListener(workspaceListener,
				IResourceChangeEvent.POST_CHANGE);
		FileBuffers.getTextFileBufferManager().addFileBufferListener(editorsListener);
	}

	public static synchronized PrivacyLanguage get() {
		if (instance == null) {
			instance = new PrivacyLanguage();
		}
		return instance;
	}

	static synchronized void shutdown() {
		if (instance != null) {
			ResourcesPlugin.getWorkspace().removeResourceChangeListener(instance.workspaceListener);
			FileBuffers.getTextFileBufferManager().removeFileBufferListener(instance.editorsListener);
			instance.rechecks.cancel();
			instance = null;
		}
	}

	public Injector injector() {
		return injector;
	}

	/** The services' view of {@code document} (its current text), or null when it is no file of ours. */
	public <T> T read(IDocument document, Function<EditedResource, T> work) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null) {
			return null;
		}
		IFile file = fileOf(buffer.getLocation());
		if (file != null) {
			return index(file.getProject()).read(ProjectIndex.uriOf(file), document.get(), file, work);
		}
		if (buffer.getFileStore() == null) {
			return null;
		}
		// a file outside the workspace: linked only with itself
		java.net.URI location = buffer.getFileStore().toURI();
		URI uri = "file".equals(location.getScheme()) ? URI.createFileURI(new java.io.File(location).getPath())
				: URI.createURI(location.toString());
		return index(null).read(uri, document.get(), null, work);
	}

	/** The services' view of a workspace file: the text of its editor when one is open, else its text on disk. */
	public <T> T read(IFile file, Function<EditedResource, T> work) throws CoreException {
		var manager = FileBuffers.getTextFileBufferManager();
		manager.connect(file.getFullPath(), LocationKind.IFILE, null);
		try {
			return read(manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE).getDocument(), work);
		} finally {
			manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
		}
	}

	public ProjectIndex index(IProject project) {
		return indexes.computeIfAbsent(project == null ? "" : project.getName(),
				name -> new ProjectIndex(injector, project));
	}

	static IFile fileOf(IPath location) {
		if (location == null) {
			return null;
		}
		if (location.segmentCount() >= 2) {
			IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(location);
			if (file.exists()) {
				return file;
			}
		}
		return ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(location);
	}

	/**
	 * Saved, added and deleted rule files reach their project's index, and the project's other files are checked
	 * again ({@link Rechecks}); a file saved from its editor is not, its reconciler checked that text. A deleted
	 * project drops its index.
	 */
	private void workspaceChanged(IResourceChangeEvent event) {
		if (event.getDelta() == null) {
			return;
		}
		Set<IProject> changed = new HashSet<>();
		Set<IFile> savedFromEditor = new HashSet<>();
		try {
			event.getDelta().accept(delta -> {
				if (delta.getResource() instanceof IProject project && delta.getKind() == IResourceDelta.REMOVED) {
					indexes.remove(project.getName());
					return false;
				}
				if (ProjectIndex.isRuleFile(delta.getResource())
						&& (delta.getKind() != IResourceDelta.CHANGED
								|| (delta.getFlags() & IResourceDelta.CONTENT) != 0)) {
					IFile file = (IFile) delta.getResource();
					ProjectIndex index = indexes.get(file.getProject().getName());
					if (index != null) {
						boolean open = EditorFiles.openInEditor(file);
						index.changedOnDisk(file, open);
						changed.add(file.getProject());
						if (open && delta.getKind() == IResourceDelta.CHANGED) {
							savedFromEditor.add(file);
						}
					}
				}
				return true;
			});
		} catch (CoreException e) {
			PrivacyEditorPlugin.log("cannot follow the workspace's changes", e);
		}
		if (!changed.isEmpty()) {
			rechecks.schedule(changed, savedFromEditor);
		}
	}

	/**
	 * A rule file's editor closed (its buffer disposed): an editor closed without saving leaves the index with text
	 * that is nowhere, so the file's model goes back to its text on disk and the project's files are checked again.
	 */
	private final class EditorsClosed implements IFileBufferListener {

		@Override
		public void bufferDisposed(IFileBuffer buffer) {
			IFile file = fileOf(buffer.getLocation());
			if (file == null || !ProjectIndex.isRuleFile(file)) {
				return;
			}
			ProjectIndex index = indexes.get(file.getProject().getName());
			try {
				if (index != null && index.revert(file)) {
					rechecks.schedule(Set.of(file.getProject()));
				}
			} catch (RuntimeException e) {
				PrivacyEditorPlugin.log("cannot read " + file.getFullPath() + " again", e);
			}
		}

		@Override
		public void bufferCreated(IFileBuffer buffer) {
		}

		@Override
		public void bufferContentAboutToBeReplaced(IFileBuffer buffer) {
		}

		@Override
		public void bufferContentReplaced(IFileBuffer buffer) {
		}

		@Override
		public void stateChanging(IFileBuffer buffer) {
		}

		@Override
		public void dirtyStateChanged(IFileBuffer buffer, boolean isDirty) {
		}

		@Override
		public void stateValidationChanged(IFileBuffer buffer, boolean isStateValidated) {
		}

		@Override
		public void underlyingFileMoved(IFileBuffer buffer, IPath path) {
		}

		@Override
		public void underlyingFileDeleted(IFileBuffer buffer) {
		}

		@Override
		public void stateChangeFailed(IFileBuffer buffer) {
		}
	}
}
