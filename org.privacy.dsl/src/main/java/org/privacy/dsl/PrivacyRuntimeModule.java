package org.privacy.dsl;

import org.eclipse.xtext.common.types.access.ClasspathTypeProviderFactory;
import org.eclipse.xtext.common.types.access.IJvmTypeProvider;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.validation.IResourceValidator;
import org.privacy.dsl.conversion.PrivacyValueConverter;
import org.privacy.dsl.linking.PrivacyLinkingDiagnosticMessageProvider;
import org.privacy.dsl.linking.PrivacySyntaxErrorMessageProvider;
import org.privacy.dsl.naming.PrivacyQualifiedNameProvider;
import org.privacy.dsl.resource.PrivacyLinkingResource;
import org.privacy.dsl.resource.PrivacyResourceDescriptionManager;
import org.privacy.dsl.resource.PrivacyResourceDescriptionStrategy;
import org.privacy.dsl.scoping.PrivacyGlobalScopeProvider;
import org.privacy.dsl.scoping.PrivacyImportedNamespaceScopeProvider;
import org.privacy.dsl.validation.PrivacyResourceValidator;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/**
 * The one place that wires the language's services. The command line, the language server, the Maven build and the
 * tests all start from it (through {@link PrivacyStandaloneSetup} or the IDE module).
 */
public class PrivacyRuntimeModule extends AbstractPrivacyRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return PrivacyValueConverter.class;
	}

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return PrivacyQualifiedNameProvider.class;
	}

	@Override
	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return PrivacyGlobalScopeProvider.class;
	}

	@Override
	public void configureIScopeProviderDelegate(Binder binder) {
		binder.bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
				.to(PrivacyImportedNamespaceScopeProvider.class);
	}

	/** Java classes that entities are bound to are found on the class path of the compiler. */
	public Class<? extends IJvmTypeProvider.Factory> bindIJvmTypeProvider$Factory() {
		return ClasspathTypeProviderFactory.class;
	}

	/** Linking that builds an unknown-name message only where a linking error stands (latency on files with errors). */
	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return PrivacyLinkingResource.class;
	}

	/** The files of a package are re-validated together (duplicates across files come and go together). */
	public Class<? extends IResourceDescription.Manager> bindIResourceDescription$Manager() {
		return PrivacyResourceDescriptionManager.class;
	}

	/** A file's exported names are found without walking the expressions of its rules and terms. */
	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return PrivacyResourceDescriptionStrategy.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return PrivacyLinkingDiagnosticMessageProvider.class;
	}

	/** Warnings a file silences ({@code // privacy: allow CODE}) are left out where files are validated. */
	public Class<? extends IResourceValidator> bindIResourceValidator() {
		return PrivacyResourceValidator.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return PrivacySyntaxErrorMessageProvider.class;
	}
}
