package org.privacy.dsl.ide.scenarios;

import java.util.List;

import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codelens.ICodeLensService;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.privacy.dsl.privacy.Scenario;

/** "Run scenarios" above the first scenario of a file: runs the scenarios of the file's folder (saved files). */
public class ScenarioCodeLensService implements ICodeLensService {

	@Override
	public List<? extends CodeLens> computeCodeLenses(Document document, XtextResource resource, CodeLensParams params,
			CancelIndicator indicator) {
		if (resource.getContents().isEmpty()) {
			return List.of();
		}
		List<Scenario> scenarios = EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), Scenario.class);
		if (scenarios.isEmpty()) {
			return List.of();
		}
		ICompositeNode node = NodeModelUtils.findActualNodeFor(scenarios.get(0));
		Position start = document.getPosition(node == null ? 0 : node.getOffset());
		String title = "▶ run scenarios (" + scenarios.size() + " in this file)";
		Command command = new Command(title, RunScenariosCommand.ID, List.of(params.getTextDocument().getUri()));
		return List.of(new CodeLens(new Range(start, start), command, null));
	}
}
