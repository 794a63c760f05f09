package org.privacy.dsl.ide.rename;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.util.ITextRegion;

/**
 * What a rename starts from: the declaration named at the caret, its current name, and where that name is written at
 * the caret (the declaration's name without its quotes, or the reference).
 */
public record RenameTarget(EObject declaration, String name, ITextRegion region) {
}
