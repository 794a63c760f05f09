package org.privacy.dsl.ide.navigation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.privacy.dsl.ide.rename.FieldPlaceholders;
import org.privacy.dsl.ide.symbols.SymbolLabels;
import org.privacy.dsl.library.BuiltinLibrary;
import org.privacy.dsl.privacy.Field;
import org.privacy.dsl.privacy.Model;
import org.privacy.dsl.privacy.PrivacyPackage;
import org.privacy.dsl.privacy.Rule;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Go to definition, find references and workspace symbols. Definitions and references of terms, entities, fields,
 * values and parameters come from Xtext's index across the files of the workspace. A rule id is referred to nowhere in
 * the language today, so the references of a rule are its declaration, plus whatever another language (a scenario
 * file) refers to it. The references of a field include the {@code {placeholders}} of explanations that name it.
 * Calendars and opening hours are found by name like the others. Workspace symbols list rules (found by id or by words
 * of their title), terms, entities, enumerations, parameters, calendars and opening hours.
 */
@Singleton
public class PrivacyDocumentSymbolService extends DocumentSymbolService {

	private static final PrivacyPackage P = PrivacyPackage.eINSTANCE;

	@Inject
	private EObjectAtOffsetHelper elements;

	@Inject
	private DocumentExtensions documents;

	@Inject
	private OperationCanceledManager cancellation;

	@Inject
	private FieldPlaceholders placeholders;

	@Inject
	private BuiltinLibrary library;

	/**
	 * No definition for a name of the built-in vocabulary ({@code France}, {@code EMAIL}): its file is inside the
	 * server's jar, which an editor cannot open; the hover shows its declaration instead.
	 */
	@Override
	public List<? extends Location> getDefinitions(XtextResource resource, int offset,
			IReferenceFinder.IResourceAccess resourceAccess, CancelIndicator cancelIndicator) {
		EObject target = elements.resolveElementAt(resource, offset);
		if (target != null && !target.eIsProxy() && library.isLibrary(target.eResource())) {
			return List.of();
		}
		return super.getDefinitions(resource, offset, resourceAccess, cancelIndicator);
	}

	@Override
	public List<? extends Location> getReferences(Document document, XtextResource resource, ReferenceParams params,
			IReferenceFinder.IResourceAccess resourceAccess, IResourceDescriptions indexData,
			CancelIndicator cancelIndicator) {
		// the declaration of a rule is listed both as its definition and as its reference: list it once
		return new ArrayList<>(new LinkedHashSet<>(
				super.getReferences(document, resource, params, resourceAccess, indexData, cancelIndicator)));
	}

	@Override
	public List<? extends Location> getReferences(XtextResource resource, int offset,
			IReferenceFinder.IResourceAccess resourceAccess, IResourceDescriptions indexData,
			CancelIndicator cancelIndicator) {
		List<Location> result = new ArrayList<>();
		EObject named = elements.getElementWithNameAt(resource, offset);
		if (named instanceof Rule rule && !rule.eIsProxy()) {
			result.add(documents.newLocation(rule));
		}
		result.addAll(super.getReferences(resource, offset, resourceAccess, indexData, cancelIndicator));
		if (named instanceof Field field && !field.eIsProxy()) {
			result.addAll(placeholderLocations(field, resourceAccess, indexData));
		}
		return result;
	}

	/** The {@code {field}} placeholders of explanations, which name a field in text. */
	private List<Location> placeholderLocations(Field field, IReferenceFinder.IResourceAccess resourceAccess,
			IResourceDescriptions indexData) {
		List<Location> locations = new ArrayList<>();
		for (IResourceDescription description : indexData.getAllResourceDescriptions()) {
			resourceAccess.readOnly(description.getURI(), resources -> {
				Resource resource = resources.getResource(description.getURI(), true);
				if (resource != null && !resource.getContents().isEmpty()
						&& resource.getContents().get(0) instanceof Model model) {
					EObject local = resources.getEObject(EcoreUtil.getURI(field), true);
					if (local instanceof Field f) {
						placeholders.in(model, f).forEach(r -> locations.add(documents.newLocation(resource, r)));
					}
				}
				return null;
			});
		}
		return locations;
	}

	@Override
	public List<? extends WorkspaceSymbol> getSymbols(IResourceDescription description, String query,
			IReferenceFinder.IResourceAccess resourceAccess, CancelIndicator cancelIndicator) {
		SymbolQuery wanted = new SymbolQuery(query);
		List<WorkspaceSymbol> symbols = new ArrayList<>();
		for (IEObjectDescription candidate : description.getExportedObjects()) {
			cancellation.checkCanceled(cancelIndicator);
			EClass type = candidate.getEClass();
			if (!isListed(type) || type != P.getRule() && !wanted.matches(candidate.getName().getLastSegment())) {
				continue;
			}
			doRead(resourceAccess, candidate.getEObjectURI(), element -> {
				String label = label(element);
				if (wanted.matches(label)) {
					symbols.add(symbol(element, label, candidate.getQualifiedName()));
				}
			});
		}
		return symbols;
	}

	private static boolean isListed(EClass type) {
		return type == P.getRule() || type == P.getTerm() || type == P.getEntity() || type == P.getEnumeration()
				|| type == P.getParameter() || type == P.getCalendar() || type == P.getOpeningHours();
	}

	/** A rule is shown with its title, so that the editor's own filtering finds it by the words of the title too. */
	private static String label(EObject element) {
		return element instanceof Rule rule && rule.getTitle() != null ? rule.getName() + " " + rule.getTitle()
				: SymbolLabels.name(element);
	}

	private WorkspaceSymbol symbol(EObject element, String label, QualifiedName qualifiedName) {
		WorkspaceSymbol symbol = new WorkspaceSymbol(label, SymbolLabels.kind(element),
				Either.forLeft(getSymbolLocation(element)));
		symbol.setContainerName(qualifiedName.getSegmentCount() > 1 ? qualifiedName.skipLast(1).toString()
				: element.eResource().getURI().lastSegment());
		return symbol;
	}
}
