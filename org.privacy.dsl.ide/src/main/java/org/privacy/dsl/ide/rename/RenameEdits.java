package org.privacy.dsl.ide.rename;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.findReferences.TargetURIs;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;
import org.privacy.dsl.privacy.Field;
import org.privacy.dsl.privacy.Import;
import org.privacy.dsl.privacy.Model;
import org.privacy.dsl.privacy.PrivacyPackage;
import org.privacy.dsl.privacy.Term;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The text edits of a rename, in every file of the workspace: the declaration's name (a quoted term name stays
 * quoted), every reference to it (the last segment of a qualified reference), imports of it by qualified name, and
 * for a field the {@code {placeholders}} that name it in the explanations of rules about its entity.
 */
public class RenameEdits {

	private static final PrivacyPackage P = PrivacyPackage.eINSTANCE;

	@Inject
	private IReferenceFinder referenceFinder;

	@Inject
	private Provider<TargetURIs> targetUris;

	@Inject
	private DocumentExtensions documents;

	@Inject
	private UriExtensions uris;

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private FieldPlaceholders placeholders;

	@Inject
	private NameSyntax syntax;

	/** The edits that rename {@code declaration} to {@code name} (already checked and normalized). */
	public WorkspaceEdit compute(EObject declaration, String name, IResourceDescriptions index) {
		ResourceSet resources = declaration.eResource().getResourceSet();
		Edits edits = new Edits();
		renameDeclaration(declaration, name, edits);
		renameReferences(declaration, name, index, resources, edits);
		QualifiedName qualified = names.getFullyQualifiedName(declaration);
		for (IResourceDescription description : index.getAllResourceDescriptions()) {
			Resource resource = resources.getResource(description.getURI(), true);
			if (resource != null && !resource.getContents().isEmpty()
					&& resource.getContents().get(0) instanceof Model model) {
				renameImports(model, qualified, name, edits);
				if (declaration instanceof Field field) {
					renamePlaceholders(model, field, name, edits);
				}
			}
		}
		return edits.toWorkspaceEdit();
	}

	private void renameDeclaration(EObject declaration, String name, Edits edits) {
		for (INode node : NodeModelUtils.findNodesForFeature(declaration, RenameTargetFinder.nameFeature(declaration))) {
			String text = NodeText.isQuoted(node) ? "\"" + name + "\"" : written(declaration, name);
			edits.replace(declaration.eResource(), NodeText.visibleRegion(node), text);
		}
	}

	private void renameReferences(EObject declaration, String name, IResourceDescriptions index,
			ResourceSet resources, Edits edits) {
		TargetURIs targets = targetUris.get();
		targets.addURI(EcoreUtil2.getPlatformResourceOrNormalizedURI(declaration));
		IReferenceFinder.IResourceAccess access = new IReferenceFinder.IResourceAccess() {
			@Override
			public <R> R readOnly(org.eclipse.emf.common.util.URI uri,
					org.eclipse.xtext.util.concurrent.IUnitOfWork<R, ResourceSet> work) {
				try {
					return work.exec(resources);
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
			}
		};
		referenceFinder.findAllReferences(targets, access, index, new IReferenceFinder.Acceptor() {
			@Override
			public void accept(EObject source, org.eclipse.emf.common.util.URI sourceUri, EReference reference,
					int indexInList, EObject target, org.eclipse.emf.common.util.URI targetUri) {
				renameReference(source, reference, indexInList, declaration, name, edits);
			}

			@Override
			public void accept(IReferenceDescription description) {
				EObject source = resources.getEObject(description.getSourceEObjectUri(), true);
				if (source != null) {
					renameReference(source, description.getEReference(), description.getIndexInList(), declaration,
							name, edits);
				}
			}
		}, null);
	}

	private void renameReference(EObject source, EReference reference, int indexInList, EObject declaration,
			String name, Edits edits) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(source, reference);
		int i = Math.max(indexInList, 0);
		if (i >= nodes.size()) {
			return;
		}
		INode node = nodes.get(i);
		if (declaration instanceof Term) {
			edits.replace(source.eResource(), NodeText.visibleRegion(node), syntax.phrase(name));
		} else {
			ILeafNode last = NodeText.lastVisibleLeaf(node);
			if (last != null) {
				edits.replace(source.eResource(), new TextRegion(last.getOffset(), last.getLength()), name);
			}
		}
	}

	/** {@code import acme.crm.Customer} names the declaration by its qualified name: rename its last segment. */
	private void renameImports(Model model, QualifiedName qualified, String name, Edits edits) {
		if (qualified == null || qualified.getSegmentCount() < 2) {
			return;
		}
		for (Import imp : model.getImports()) {
			if (qualified.toString().equals(imp.getImportedNamespace())) {
				for (INode node : NodeModelUtils.findNodesForFeature(imp, P.getImport_ImportedNamespace())) {
					ILeafNode last = NodeText.lastVisibleLeaf(node);
					edits.replace(model.eResource(), new TextRegion(last.getOffset(), last.getLength()), name);
				}
			}
		}
	}

	/** {@code explain "... {account} ..."} in rules about the field's entity. */
	private void renamePlaceholders(Model model, Field field, String name, Edits edits) {
		for (ITextRegion region : placeholders.in(model, field)) {
			edits.replace(model.eResource(), region, name);
		}
	}

	private String written(EObject declaration, String name) {
		return declaration instanceof Term ? syntax.phrase(name) : name;
	}

	/** Edits per file, one per region. */
	private final class Edits {
		private final Map<Resource, Map<Integer, TextEdit>> byResource = new LinkedHashMap<>();

		void replace(Resource resource, ITextRegion region, String text) {
			Range range = new Range(documents.newPosition(resource, region.getOffset()),
					documents.newPosition(resource, region.getOffset() + region.getLength()));
			byResource.computeIfAbsent(resource, r -> new TreeMap<>()).put(region.getOffset(),
					new TextEdit(range, text));
		}

		WorkspaceEdit toWorkspaceEdit() {
			Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
			byResource.entrySet().stream()
					.sorted(Comparator.comparing(e -> e.getKey().getURI().toString()))
					.forEach(e -> changes.put(uris.toUriString(e.getKey().getURI()), new ArrayList<>(e.getValue().values())));
			return new WorkspaceEdit(changes);
		}
	}
}
