package org.privacy.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codelens.ICodeLensService;
import org.eclipse.xtext.ide.server.commands.IExecutableCommandService;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.linking.ILinker;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.antlr.IPartialParsingHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.privacy.dsl.ide.classpath.WorkspaceClassLoader;
import org.privacy.dsl.ide.contentassist.GrammarCallOrder;
import org.privacy.dsl.ide.contentassist.PrivacyContentAssistContextFactory;
import org.privacy.dsl.ide.contentassist.PrivacyContentAssistService;
import org.privacy.dsl.ide.contentassist.PrivacyProposalProvider;
import org.privacy.dsl.ide.folding.PrivacyFoldingRangeProvider;
import org.privacy.dsl.ide.highlighting.PrivacySemanticHighlightingCalculator;
import org.privacy.dsl.ide.hover.PrivacyHoverService;
import org.privacy.dsl.ide.limits.DeclarationLinker;
import org.privacy.dsl.ide.limits.DocumentLimits;
import org.privacy.dsl.ide.limits.GuardedCompositeValidator;
import org.privacy.dsl.ide.limits.LimitedResource;
import org.privacy.dsl.ide.navigation.PrivacyDocumentSymbolService;
import org.privacy.dsl.ide.quickfix.PrivacyCodeActionService;
import org.privacy.dsl.ide.rename.PrivacyRenameService;
import org.privacy.dsl.ide.scenarios.RunScenariosCommand;
import org.privacy.dsl.ide.scenarios.ScenarioCodeLensService;
import org.privacy.dsl.ide.server.DeclarationReparser;
import org.privacy.dsl.ide.server.NothingToGenerate;
import org.privacy.dsl.ide.server.RememberedLinkingMessages;
import org.privacy.dsl.ide.symbols.PrivacyOutlineService;

import com.google.inject.Binder;

/**
 * The language's IDE services, for the language server (and later the Eclipse editor): editing help (completion,
 * hover, highlighting) and navigation (definitions, references, outline, rename, folding, quick fixes).
 */
public class PrivacyIdeModule extends AbstractPrivacyIdeModule {

	// ---------------------------------------------------------------- editing (completion, hover, highlighting)

	/** The class loader of bound entities' classes: the language's own, plus the workspace's compiled classes. */
	private final WorkspaceClassLoader workspaceClassLoader = new WorkspaceClassLoader(
			PrivacyIdeModule.class.getClassLoader());

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return PrivacyProposalProvider.class;
	}

	/** Completion items whose range is counted from the caret, not from the start of the document for each item. */
	public Class<? extends ContentAssistService> bindContentAssistService() {
		return PrivacyContentAssistService.class;
	}

	/**
	 * Completion parses the text before the caret from the start of a top-level declaration before it, not from the
	 * start of the file, and asks the grammar's call order once per language ({@link GrammarCallOrder}).
	 */
	public Class<? extends ContentAssistContextFactory> bindContentAssistContextFactory() {
		return PrivacyContentAssistContextFactory.class;
	}

	public Class<? extends IHoverService> bindIHoverService() {
		return PrivacyHoverService.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return PrivacySemanticHighlightingCalculator.class;
	}

	/** The compiler's messages for unknown names, each computed once while the editor re-reads the reference. */
	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return RememberedLinkingMessages.class;
	}

	/**
	 * Java classes that entities are bound to are looked up in {@link WorkspaceClassLoader}, whose class path the
	 * language server sets from the workspace (replaces the runtime module's class loader of the language).
	 */
	public void configureWorkspaceClassLoader(Binder binder) {
		binder.bind(ClassLoader.class).toInstance(workspaceClassLoader);
		binder.bind(WorkspaceClassLoader.class).toInstance(workspaceClassLoader);
	}

	/**
	 * A changed file is re-parsed where it changed ({@link org.privacy.dsl.ide.server.ReparsingIncrementalBuilder}),
	 * a whole top-level declaration at a time.
	 */
	public Class<? extends IPartialParsingHelper> bindIPartialParserHelper() {
		return DeclarationReparser.class;
	}

	/** A rule re-parsed alone, its id the same, is linked alone ({@link org.privacy.dsl.ide.limits.LimitedResource}). */
	public Class<? extends ILinker> bindILinker() {
		return DeclarationLinker.class;
	}

	/** Builds generate nothing, and so do not validate each changed file a second time to decide it. */
	public Class<? extends IShouldGenerate> bindIShouldGenerate() {
		return NothingToGenerate.class;
	}

	// ---------------------------------------------------------------- limits (files too large, checks that fail)

	private final DocumentLimits documentLimits = DocumentLimits.fromSystemProperties();

	/** Which files are not parsed (too large, or out of memory); the language server marks the latter. */
	public void configureDocumentLimits(Binder binder) {
		binder.bind(DocumentLimits.class).toInstance(documentLimits);
	}

	/** Rule files over the size limit, or whose check ran out of memory, are loaded empty with one warning. */
	public Class<? extends XtextResource> bindXtextResource() {
		return LimitedResource.class;
	}

	/** A check that throws is a {@code privacy.check-failed} warning; running out of memory goes up to the server. */
	public Class<? extends CompositeEValidator> bindCompositeEValidator() {
		return GuardedCompositeValidator.class;
	}

	// ---------------------------------------------------------------- navigation (definitions, references, symbols,
	// rename, folding, quick fixes)

	/** Definitions, references (a rule's include its declaration) and workspace symbols. */
	public Class<? extends DocumentSymbolService> bindDocumentSymbolService() {
		return PrivacyDocumentSymbolService.class;
	}

	/** The outline: rule set, then articles with their rules, then entities, enumerations, terms, parameters. */
	public Class<? extends HierarchicalDocumentSymbolService> bindHierarchicalDocumentSymbolService() {
		return PrivacyOutlineService.class;
	}

	/** Rename that keeps names of several words and quoted declarations in their form (replaces RenameService2). */
	@Override
	public Class<? extends IRenameService2> bindIRenameService2() {
		return PrivacyRenameService.class;
	}

	public Class<? extends IFoldingRangeProvider> bindIFoldingRangeProvider() {
		return PrivacyFoldingRangeProvider.class;
	}

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return PrivacyCodeActionService.class;
	}

	// ---------------------------------------------------------------- scenarios

	/** "Run scenarios" above the scenarios of a file. */
	public Class<? extends ICodeLensService> bindICodeLensService() {
		return ScenarioCodeLensService.class;
	}

	/** The command behind that code lens. */
	public Class<? extends IExecutableCommandService> bindIExecutableCommandService() {
		return RunScenariosCommand.class;
	}
}
