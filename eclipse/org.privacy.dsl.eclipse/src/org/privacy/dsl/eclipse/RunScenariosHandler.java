package org.privacy.dsl.eclipse;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;
import org.privacy.dsl.ide.scenarios.RunScenariosCommand;

/**
 * "Run scenarios": runs the scenarios of the open file's folder through the generated validators, as
 * {@code privacy test} and the language server's command do, and shows how many passed and which failed.
 * The file is saved first: scenarios run on the files on disk.
 */
public class RunScenariosHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ITextEditor editor = EditorFiles.editor(event);
		IFile file = editor == null ? null : EditorFiles.file(editor);
		if (file == null || file.getLocation() == null) {
			return null;
		}
		if (editor.isDirty()) {
			editor.getSite().getPage().saveEditor(editor, false);
		}
		Display display = Display.getCurrent();
		Job.create("Running the scenarios of " + file.getParent().getName(), monitor -> {
			String summary = run(file);
			display.asyncExec(() -> {
				if (summary.contains(" 0 failed")) {
					MessageDialog.openInformation(display.getActiveShell(), "Scenarios", summary);
				} else {
					MessageDialog.openWarning(display.getActiveShell(), "Scenarios", summary);
				}
			});
			return Status.OK_STATUS;
		}).schedule();
		return null;
	}

	/** The one-line result ("14 passed, 0 failed", with the names of the failing scenarios). */
	public static String run(IFile file) {
		RunScenariosCommand command = PrivacyLanguage.get().injector().getInstance(RunScenariosCommand.class);
		return command.run(ProjectIndex.uriOf(file).toString());
	}
}
