package org.privacy.dsl.eclipse.smoke;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.privacy.dsl.eclipse.Markers;
import org.privacy.dsl.eclipse.PrivacyOutlinePage;

/**
 * Drives an unpacked Privacy Rules Studio for smoke-test.sh (and an Eclipse the editor was installed into, for the
 * install test): says which of the bundles named in {@code -Dprivacy.smoke.bundles} did not resolve, imports the
 * Canal+ example as a project (as File > Import > Existing Projects does), opens its rules beside the Problems view and
 * the Outline, checks they have no error and an outline, misspells a term in the editor, waits for its marker, hovers
 * over it, takes a screenshot and writes what it saw to {@code $privacy.smoke.out/result.properties}, then closes the
 * workbench.
 */
public class SmokeTest implements IStartup {

	/** The example's rule files, in the project's folder {@code rules}. */
	private static final String RULES = "rules/rules.privacy";

	@Override
	public void earlyStartup() {
		String out = System.getProperty("privacy.smoke.out");
		if (out == null) {
			return;
		}
		Path folder = Path.of(out);
		StringBuilder result = new StringBuilder();
		try {
			result.append("unresolvedBundles=").append(String.join(",", unresolved())).append('\n');
			IProject project = importExample(Path.of(System.getProperty("privacy.smoke.example")));
			IFile rules = project.getFile(RULES);
			Display display = PlatformUI.getWorkbench().getDisplay();
			String[] editor = new String[1];
			display.syncExec(() -> {
				var shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
				shell.setBounds(display.getBounds());
				editor[0] = open(rules);
			});
			result.append("editor=").append(editor[0]).append('\n');
			waitFor(() -> rules.getSessionProperty(Markers.CHECKED) != null);
			result.append("rulesFileErrors=").append(errors(rules)).append('\n');
			int[] nodes = new int[1];
			waitFor(() -> {
				display.syncExec(() -> nodes[0] = outlineNodes());
				return nodes[0] > 0;
			});
			result.append("outlineNodes=").append(nodes[0]).append('\n');
			// the user misspells a term: the file is broken until fixed
			int[] offset = new int[1];
			display.syncExec(() -> offset[0] = misspell(rules));
			waitFor(() -> errors(rules) > 0);
			result.append("brokenFileMarkers=").append(errors(rules)).append('\n');
			Point[] word = new Point[1];
			display.syncExec(() -> word[0] = pointAt(offset[0]));
			// the pointer comes from elsewhere and rests on the word, as a user's would
			display.syncExec(() -> moveTo(display, word[0].x + 60, word[0].y + 60));
			Thread.sleep(500);
			display.syncExec(() -> moveTo(display, word[0].x, word[0].y));
			Thread.sleep(3000);
			display.syncExec(() -> screenshot(display, folder.resolve("studio.png")));
			result.append("screenshot=").append(folder.resolve("studio.png")).append('\n');
		} catch (Exception e) {
			result.append("failure=").append(e).append('\n');
		} finally {
			try {
				Files.writeString(folder.resolve("result.properties"), result, StandardCharsets.UTF_8);
			} catch (IOException e) {
				e.printStackTrace();
			}
			PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
				PlatformUI.getWorkbench().close();
			});
		}
	}

	private static IProject importExample(Path folder) throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProjectDescription description = workspace
				.loadProjectDescription(IPath.fromPath(folder.resolve(".project")));
		IProject project = workspace.getRoot().getProject(description.getName());
		if (!project.exists()) {
			project.create(description, null);
		}
		project.open(null);
		return project;
	}

	private interface Condition {
		boolean holds() throws CoreException;
	}

	/** Waits up to a minute for {@code condition} (the editor checks files in the background). */
	private static void waitFor(Condition condition) throws CoreException, InterruptedException {
		long end = System.currentTimeMillis() + 60_000;
		while (!condition.holds() && System.currentTimeMillis() < end) {
			Thread.sleep(200);
		}
	}

	/** Types a misspelled term into the open rule file; returns where. */
	private static int misspell(IFile file) {
		ITextEditor editor = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor()
				.getAdapter(ITextEditor.class);
		var document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int offset = document.get().indexOf("requires optin") + "requires optin".length();
		try {
			document.replace(offset, 0, "n");
		} catch (org.eclipse.jface.text.BadLocationException e) {
			throw new IllegalStateException(e);
		}
		return offset - 2;
	}

	/** Opens {@code file} beside the Problems view and the Outline; returns the id of the editor it opened in. */
	private static String open(IFile file) {
		try {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			page.showView(IPageLayout.ID_PROBLEM_VIEW);
			page.showView(IPageLayout.ID_OUTLINE);
			return IDE.openEditor(page, file, true).getSite().getId();
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The nodes shown in the Outline view for the active editor (0 when it shows no outline of ours). */
	private static int outlineNodes() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		if (!(page.findView(IPageLayout.ID_OUTLINE) instanceof ContentOutline outline)
				|| !(outline.getCurrentPage() instanceof PrivacyOutlinePage ours)
				|| !(ours.getControl() instanceof Tree tree)) {
			return 0;
		}
		int[] count = new int[1];
		for (TreeItem item : tree.getItems()) {
			count(item, count);
		}
		return count[0];
	}

	private static void count(TreeItem item, int[] count) {
		if (item.getData() != null) {
			count[0]++;
			for (TreeItem child : item.getItems()) {
				count(child, count);
			}
		}
	}

	/**
	 * The bundles named in {@code -Dprivacy.smoke.bundles} (comma-separated) that are missing or not resolved: an
	 * installation that lacks a dependency leaves its bundles installed but unresolved.
	 */
	private static List<String> unresolved() {
		String names = System.getProperty("privacy.smoke.bundles", "");
		// this bundle is not started (it has no activator): ask the running workbench's
		Bundle[] bundles = FrameworkUtil.getBundle(PlatformUI.class).getBundleContext().getBundles();
		List<String> unresolved = new ArrayList<>();
		for (String name : names.split(",")) {
			if (name.isBlank()) {
				continue;
			}
			boolean resolved = Arrays.stream(bundles).anyMatch(b -> name.strip().equals(b.getSymbolicName())
					&& (b.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0);
			if (!resolved) {
				unresolved.add(name.strip());
			}
		}
		return unresolved;
	}

	/** Where {@code offset} of the active editor is on the screen (the middle of its line). */
	private static Point pointAt(int offset) {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ITextEditor editor = page.getActiveEditor().getAdapter(ITextEditor.class);
		StyledText text = (StyledText) editor.getAdapter(Control.class);
		Point at = text.toDisplay(text.getLocationAtOffset(offset));
		return new Point(at.x + 3, at.y + text.getLineHeight() / 2);
	}

	private static void moveTo(Display display, int x, int y) {
		Event move = new Event();
		move.type = SWT.MouseMove;
		move.x = x;
		move.y = y;
		display.post(move);
	}

	private static void screenshot(Display display, Path target) {
		var bounds = display.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, 0, 0);
			ImageLoader loader = new ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			loader.save(target.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static long errors(IFile file) throws CoreException {
		if (!file.exists()) {
			return 0;
		}
		return java.util.Arrays.stream(file.findMarkers(Markers.TYPE, false, IResource.DEPTH_ZERO))
				.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).count();
	}
}
