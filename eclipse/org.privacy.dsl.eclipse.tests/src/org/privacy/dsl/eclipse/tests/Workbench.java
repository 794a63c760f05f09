package org.privacy.dsl.eclipse.tests;

import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.privacy.dsl.eclipse.Markers;

/** The workbench the tests drive: a project holding the Canal+ rules, editors on its files, waiting for the UI. */
final class Workbench {

	static final String PROJECT = "canal-plus";

	private Workbench() {
	}

	/** The Canal+ example's rule files, copied into a new project (once). */
	static IProject canalPlus() throws CoreException, IOException {
		return copyOfCanalPlus(PROJECT);
	}

	/**
	 * The Canal+ example's rule files in a project of their own, {@code name} (created once): tests that add files
	 * work there, so that the other tests' project stays as the example is.
	 */
	static IProject copyOfCanalPlus(String name) throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (!project.exists()) {
			project.create(null);
			project.open(null);
			Path rules = examples().resolve("canal-plus/rules");
			try (var files = Files.list(rules)) {
				for (Path path : files.filter(p -> p.toString().endsWith(".privacy")).sorted().toList()) {
					project.getFile(path.getFileName().toString()).create(Files.newInputStream(path), true, null);
				}
			}
		}
		return project;
	}

	static Path examples() {
		String folder = System.getProperty("privacy.examples");
		if (folder == null) {
			fail("-Dprivacy.examples=<the repository's examples folder> is missing");
		}
		return Path.of(folder);
	}

	static String example(String relative) throws IOException {
		return Files.readString(examples().resolve(relative), StandardCharsets.UTF_8);
	}

	/** A new (or replaced) file of the Canal+ project. */
	static IFile write(String name, String text) throws CoreException, IOException {
		return write(canalPlus(), name, text);
	}

	/** A new (or replaced) file of {@code project}, saved as an editor or another tool would save it. */
	static IFile write(IProject project, String name, String text) throws CoreException {
		IFile file = project.getFile(name);
		var contents = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(contents, true, false, null);
		} else {
			file.create(contents, true, null);
		}
		return file;
	}

	static ITextEditor open(IFile file) throws PartInitException {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorPart editor = IDE.openEditor(page, file, true);
		processEvents();
		return editor.getAdapter(ITextEditor.class);
	}

	static void closeAll() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		processEvents();
	}

	static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	static ITextViewer viewer(ITextEditor editor) {
		return editor.getAdapter(ITextViewer.class);
	}

	/** The language's markers on {@code file} of the issue code {@code code}. */
	static List<IMarker> markers(IFile file, String code) {
		return markers(file, marker -> code.equals(marker.getAttribute(Markers.ISSUE_CODE, null)));
	}

	/** The language's error markers on {@code file}. */
	static List<IMarker> errors(IFile file) {
		return markers(file, marker -> marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR);
	}

	private static List<IMarker> markers(IFile file, Predicate<IMarker> which) {
		try {
			return Arrays.stream(file.findMarkers(Markers.TYPE, false, IResource.DEPTH_ZERO)).filter(which).toList();
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	/** How many times the markers of {@code file} were written (0: it has not been checked yet). */
	static int checks(IFile file) {
		try {
			return file.getSessionProperty(Markers.CHECKED) instanceof Integer n ? n : 0;
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain
		}
	}

	/** Keeps the UI running until {@code condition} holds; fails after 30 seconds saying what was awaited. */
	static void waitUntil(String what, BooleanSupplier condition) {
		long end = System.currentTimeMillis() + 30_000;
		Display display = Display.getCurrent();
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("waited 30 s for " + what);
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					fail("interrupted while waiting for " + what);
				}
			}
		}
	}
}
