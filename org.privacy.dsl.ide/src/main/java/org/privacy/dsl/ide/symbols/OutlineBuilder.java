package org.privacy.dsl.ide.symbols;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.util.ITextRegion;
import org.privacy.dsl.privacy.Calendar;
import org.privacy.dsl.privacy.Category;
import org.privacy.dsl.privacy.DataSubject;
import org.privacy.dsl.privacy.DataUse;
import org.privacy.dsl.privacy.Element;
import org.privacy.dsl.privacy.Entity;
import org.privacy.dsl.privacy.Enumeration;
import org.privacy.dsl.privacy.Model;
import org.privacy.dsl.privacy.OpeningHours;
import org.privacy.dsl.privacy.Parameter;
import org.privacy.dsl.privacy.PrivacyPackage;
import org.privacy.dsl.privacy.Rule;
import org.privacy.dsl.privacy.Term;

import com.google.inject.Inject;

/** Builds the outline of one file; see {@link PrivacyOutlineService}. One instance per request. */
public class OutlineBuilder {

	/** The group of rules that cite no article (they also get a privacy.missing-basis warning). */
	public static final String NO_BASIS = "no legal basis";

	private static final PrivacyPackage P = PrivacyPackage.eINSTANCE;

	@Inject
	private DocumentExtensions documents;

	@Inject
	private ILocationInFileProvider locations;

	private Resource resource;

	public DocumentSymbol build(Model model) {
		resource = model.eResource();
		Map<String, DocumentSymbol> articles = new LinkedHashMap<>();
		DocumentSymbol noBasis = null;
		List<DocumentSymbol> entities = new ArrayList<>();
		List<DocumentSymbol> enumerations = new ArrayList<>();
		List<DocumentSymbol> terms = new ArrayList<>();
		List<DocumentSymbol> parameters = new ArrayList<>();
		List<DocumentSymbol> vocabulary = new ArrayList<>();
		List<DocumentSymbol> calendars = new ArrayList<>();
		for (Element element : model.getElements()) {
			if (SymbolLabels.name(element).isEmpty()) {
				continue; // half-written: editors refuse symbols without a name
			}
			if (element instanceof Rule rule) {
				if (rule.getBases().isEmpty()) {
					noBasis = noBasis != null ? noBasis : group(NO_BASIS, SymbolKind.Namespace, null);
					noBasis.getChildren().add(symbol(rule));
				}
				for (int i = 0; i < rule.getBases().size(); i++) {
					article(articles, rule, i).getChildren().add(symbol(rule));
				}
			} else if (element instanceof Entity entity) {
				entities.add(withChildren(symbol(entity), entity.getFields()));
			} else if (element instanceof Enumeration enumeration) {
				enumerations.add(withChildren(symbol(enumeration), enumeration.getValues()));
			} else if (element instanceof Term) {
				terms.add(symbol(element));
			} else if (element instanceof Parameter) {
				parameters.add(symbol(element));
			} else if (element instanceof Category || element instanceof DataUse || element instanceof DataSubject) {
				vocabulary.add(symbol(element));
			} else if (element instanceof Calendar || element instanceof OpeningHours) {
				calendars.add(symbol(element));
			}
		}
		DocumentSymbol root = ruleSet(model);
		articles.values().forEach(a -> root.getChildren().add(fitted(a)));
		if (noBasis != null) {
			root.getChildren().add(fitted(noBasis));
		}
		addGroup(root, "entities", entities);
		addGroup(root, "enumerations", enumerations);
		addGroup(root, "terms", terms);
		addGroup(root, "parameters", parameters);
		addGroup(root, "calendars and opening hours", calendars);
		addGroup(root, "categories, uses and subjects", vocabulary);
		return root;
	}

	/** The rule set: the file's policy, or the file itself; it spans the whole file. */
	private DocumentSymbol ruleSet(Model model) {
		INode node = NodeModelUtils.getNode(model);
		Range whole = new Range(new Position(0, 0), documents.newPosition(resource, node == null ? 0
				: node.getTotalEndOffset()));
		DocumentSymbol root;
		if (model.getPolicy() != null && model.getPolicy().getName() != null) {
			Range name = range(locations.getSignificantTextRegion(model.getPolicy()));
			root = new DocumentSymbol(model.getPolicy().getName(), SymbolKind.Module, whole, name,
					model.getPolicy().getTitle());
		} else {
			String file = resource.getURI().lastSegment();
			root = new DocumentSymbol(file == null ? "rules" : file, SymbolKind.File, whole,
					new Range(new Position(0, 0), new Position(0, 0)), model.getName());
		}
		root.setChildren(new ArrayList<>());
		return root;
	}

	/** The group of an article, named by the basis as written; its selection is the first citation. */
	private DocumentSymbol article(Map<String, DocumentSymbol> articles, Rule rule, int index) {
		String basis = rule.getBases().get(index);
		return articles.computeIfAbsent(basis.isBlank() ? "\"\"" : basis, b -> {
			DocumentSymbol group = group(b, SymbolKind.Namespace, null);
			group.setSelectionRange(range(locations.getSignificantTextRegion(rule, P.getRule_Bases(), index)));
			return group;
		});
	}

	private void addGroup(DocumentSymbol root, String name, List<DocumentSymbol> children) {
		if (!children.isEmpty()) {
			DocumentSymbol group = group(name, SymbolKind.Package, null);
			group.getChildren().addAll(children);
			root.getChildren().add(fitted(group));
		}
	}

	private static DocumentSymbol group(String name, SymbolKind kind, String detail) {
		DocumentSymbol group = new DocumentSymbol();
		group.setName(name);
		group.setKind(kind);
		group.setDetail(detail);
		group.setChildren(new ArrayList<>());
		return group;
	}

	/** A group spans its children; unless set already, its selection is its first child's. */
	private static DocumentSymbol fitted(DocumentSymbol group) {
		Position start = null;
		Position end = null;
		for (DocumentSymbol child : group.getChildren()) {
			start = start == null || before(child.getRange().getStart(), start) ? child.getRange().getStart() : start;
			end = end == null || before(end, child.getRange().getEnd()) ? child.getRange().getEnd() : end;
		}
		group.setRange(new Range(start, end));
		if (group.getSelectionRange() == null) {
			group.setSelectionRange(group.getChildren().get(0).getSelectionRange());
		}
		if (group.getKind() == SymbolKind.Namespace) {
			int n = group.getChildren().size();
			group.setDetail(n == 1 ? "1 rule" : n + " rules");
		}
		return group;
	}

	private static boolean before(Position a, Position b) {
		return a.getLine() < b.getLine() || a.getLine() == b.getLine() && a.getCharacter() < b.getCharacter();
	}

	private DocumentSymbol withChildren(DocumentSymbol parent, List<? extends EObject> members) {
		for (EObject member : members) {
			if (!SymbolLabels.name(member).isEmpty()) {
				parent.getChildren().add(symbol(member));
			}
		}
		return parent;
	}

	private DocumentSymbol symbol(EObject element) {
		DocumentSymbol symbol = new DocumentSymbol(SymbolLabels.name(element), SymbolLabels.kind(element),
				range(locations.getFullTextRegion(element)), range(locations.getSignificantTextRegion(element)),
				SymbolLabels.detail(element));
		symbol.setChildren(new ArrayList<>());
		return symbol;
	}

	private Range range(ITextRegion region) {
		return new Range(documents.newPosition(resource, region.getOffset()),
				documents.newPosition(resource, region.getOffset() + region.getLength()));
	}
}
