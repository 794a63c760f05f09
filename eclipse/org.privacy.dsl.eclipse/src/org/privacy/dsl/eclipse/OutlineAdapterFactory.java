package org.privacy.dsl.eclipse;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * Gives the Generic Editor of a rule file its Outline page (extension point {@code org.eclipse.core.runtime.adapters}):
 * the Generic Editor has no outline of its own, and the Outline view asks the editor for an
 * {@link IContentOutlinePage} adapter. Other editors get none from here.
 */
public class OutlineAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> type) {
		if (type == IContentOutlinePage.class && adaptable instanceof ITextEditor editor
				&& isRuleFile(editor.getEditorInput()) && EditorFiles.document(editor) != null) {
			return type.cast(new PrivacyOutlinePage(editor));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IContentOutlinePage.class };
	}

	/** A workspace file or one outside the workspace: the input's name is the file's. */
	private static boolean isRuleFile(IEditorInput input) {
		return input != null && input.getName() != null && input.getName().endsWith("." + ProjectIndex.EXTENSION);
	}
}
