package org.privacy.dsl.scoping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.privacy.dsl.naming.PrivacyQualifiedNameProvider;
import org.privacy.dsl.privacy.Aggregate;
import org.privacy.dsl.privacy.Compare;
import org.privacy.dsl.privacy.Parameter;
import org.privacy.dsl.privacy.FieldValue;
import org.privacy.dsl.privacy.GivenRecord;
import org.privacy.dsl.privacy.Scenario;
import org.privacy.dsl.privacy.Count;
import org.privacy.dsl.privacy.Entity;
import org.privacy.dsl.privacy.EnumValue;
import org.privacy.dsl.privacy.Enumeration;
import org.privacy.dsl.privacy.FieldAccess;
import org.privacy.dsl.privacy.Membership;
import org.privacy.dsl.privacy.Named;
import org.privacy.dsl.privacy.PrivacyPackage;
import org.privacy.dsl.privacy.Quantified;
import org.privacy.dsl.privacy.RequiredWhen;
import org.privacy.dsl.privacy.Rule;
import org.privacy.dsl.privacy.Statement;
import org.privacy.dsl.privacy.TypeRef;
import org.privacy.dsl.typing.ElementDeadline;
import org.privacy.dsl.typing.PrivacyType;
import org.privacy.dsl.typing.PrivacyTypeComputer;

import com.google.inject.Inject;

/**
 * What a name means where it is written. A name in an expression is, in this order: a quantifier variable, a field of
 * the entity the rule or term is about, a term, parameter, entity or enumeration, and last a value of an enumeration.
 * After a dot, a name is a field of the entity on the left.
 */
public class PrivacyScopeProvider extends AbstractPrivacyScopeProvider {

	private static final PrivacyPackage P = PrivacyPackage.eINSTANCE;

	/** The first part of the cache key of {@link #fileScope}. */
	private static final String FILE_SCOPE = "fileScope";
	/** The first part of the cache key of an entity's fields by name ({@link #fieldsOf}). */
	private static final String FIELDS = "fields";

	/** The classes whose objects only a file holds, at its top ({@code Model.elements}), never another object. */
	private static final Set<EClass> ONLY_AT_TOP_LEVEL = onlyAtTopLevel();

	@Inject
	private PrivacyTypeComputer types;

	@Inject
	private ScopeAnchors anchors;

	@Inject
	private IResourceScopeCache cache;

	@Inject
	private org.privacy.dsl.library.BuiltinLibrary library;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference == P.getFieldAccess_Field()) {
			return context instanceof FieldAccess access ? fieldsOf(types.typeOf(access.getReceiver()).entity())
					: IScope.NULLSCOPE;
		}
		if (reference == P.getReference_Target()) {
			return namesAt(context, reference);
		}
		if (reference == P.getTypeRef_Via() || reference == P.getTypeRef_SharedAs()) {
			return context instanceof TypeRef ref && ref.getType() instanceof Entity entity ? fieldsOf(entity)
					: IScope.NULLSCOPE;
		}
		if (reference == P.getTypeRef_Sharing()) {
			// 'sharing f' names a field of the entity that declares the list (and, without 'as', of the listed one)
			Entity owner = EcoreUtil2.getContainerOfType(context, Entity.class);
			return owner == null ? IScope.NULLSCOPE : fieldsOf(owner);
		}
		if (reference == P.getRule_EffectiveOn() || reference == P.getRule_Needs()) {
			return context instanceof Rule rule ? fieldsOf(types.subjectEntity(rule)) : IScope.NULLSCOPE;
		}
		if (reference == P.getRequiredWhen_Field()) {
			Entity entity = EcoreUtil2.getContainerOfType(context, Entity.class);
			return fieldsOf(entity);
		}
		if (reference == P.getRequiredWhen_Value()) {
			Enumeration enumeration = context instanceof RequiredWhen when && when.getField() != null
					&& !when.getField().eIsProxy() ? types.typeOf(when.getField()).enumeration() : null;
			return enumeration == null ? IScope.NULLSCOPE
					: Scopes.scopeFor(enumeration.getValues().stream().filter(v -> v.getName() != null).toList(),
							v -> QualifiedName.create(v.getName()), IScope.NULLSCOPE);
		}
		if (reference == P.getFieldValue_Field()) {
			GivenRecord record = EcoreUtil2.getContainerOfType(context, GivenRecord.class);
			return record == null || record.getEntity() == null || record.getEntity().eIsProxy() ? IScope.NULLSCOPE
					: fieldsOf(record.getEntity());
		}
		if (reference == P.getValueName_Target()) {
			return scenarioValueNames(context);
		}
		if (reference == P.getExpectation_Record()) {
			Scenario scenario = EcoreUtil2.getContainerOfType(context, Scenario.class);
			return scenario == null ? IScope.NULLSCOPE : Scopes.scopeFor(scenario.getRecords());
		}
		return fileScope(context, reference);
	}

	/** In a scenario's field value, a name is a record given in the scenario, or a value of the field's enum. */
	private IScope scenarioValueNames(EObject context) {
		Parameter parameter = EcoreUtil2.getContainerOfType(context, Parameter.class);
		if (parameter != null) {
			return allEnumValues(parameter);
		}
		Scenario scenario = EcoreUtil2.getContainerOfType(context, Scenario.class);
		FieldValue value = EcoreUtil2.getContainerOfType(context, FieldValue.class);
		IScope enumValues = IScope.NULLSCOPE;
		if (value != null && value.getField() != null && !value.getField().eIsProxy()) {
			Enumeration enumeration = types.typeOf(value.getField()).enumeration();
			if (enumeration != null) {
				enumValues = Scopes.scopeFor(enumeration.getValues());
			}
		}
		return scenario == null ? enumValues : Scopes.scopeFor(scenario.getRecords(), enumValues);
	}

	/**
	 * In a list parameter, a name is a value of any enumeration (of the files compiled together, then of the built-in
	 * vocabulary); the validator wants them all of one. Read from the models and the library's index directly: asking
	 * Xtext's scope for all its elements while linking makes it log a complaint.
	 */
	private IScope allEnumValues(Parameter parameter) {
		List<EnumValue> values = new ArrayList<>();
		List<Enumeration> enumerations = new ArrayList<>();
		org.eclipse.emf.ecore.resource.ResourceSet set = parameter.eResource() == null ? null
				: parameter.eResource().getResourceSet();
		List<org.eclipse.emf.ecore.resource.Resource> resources = set == null ? List.of(parameter.eResource())
				: List.copyOf(set.getResources());
		for (org.eclipse.emf.ecore.resource.Resource resource : resources) {
			for (EObject root : resource.getContents()) {
				enumerations.addAll(EcoreUtil2.getAllContentsOfType(root, Enumeration.class));
			}
		}
		for (IEObjectDescription d : library.index().getExportedObjectsByType(P.getEnumeration())) {
			EObject o = EcoreUtil.resolve(d.getEObjectOrProxy(), parameter);
			if (o instanceof Enumeration e && !o.eIsProxy()) {
				enumerations.add(e);
			}
		}
		for (Enumeration e : enumerations) {
			e.getValues().stream().filter(v -> v.getName() != null && !values.contains(v)).forEach(values::add);
		}
		return Scopes.scopeFor(values, v -> QualifiedName.create(v.getName()), IScope.NULLSCOPE);
	}

	private IScope fieldsOf(Entity entity) {
		return fieldsOf(entity, IScope.NULLSCOPE);
	}

	/** The entity's fields in front of {@code parent}, their map kept until the entity's file changes. */
	private IScope fieldsOf(Entity entity, IScope parent) {
		if (entity == null) {
			return parent;
		}
		return new FieldScope(parent,
				cache.get(Tuples.create(FIELDS, entity), entity.eResource(), () -> FieldScope.Fields.of(entity)));
	}

	private IScope namesAt(EObject context, EReference reference) {
		// one step per quantifier, term or rule above the name, not per expression (see ScopeAnchors)
		Entity subject = null;
		EObject declaration = null;
		List<Named> variables = new ArrayList<>();
		for (ScopeAnchors.Link link = anchors.link(context); link != null; link = anchors.link(link.anchor())) {
			EObject anchor = link.anchor();
			if (anchor instanceof Quantified q && q.getVar() != null && link.entry() == q.getCondition()) {
				variables.add(q.getVar());
			}
			if (anchor instanceof Count count && count.getVar() != null && link.entry() == count.getCondition()) {
				variables.add(count.getVar());
			}
			if (anchor instanceof Aggregate a && a.getVar() != null
					&& (link.entry() == a.getValue() || link.entry() == a.getCondition())) {
				variables.add(a.getVar());
			}
			// a deadline per element may start at a date of the element: 'within 1 month after r.addedAt'
			if (anchor instanceof Statement s && link.entry() == s.getDeadline() && ElementDeadline.of(s) != null
					&& ElementDeadline.of(s).getVar() != null) {
				variables.add(ElementDeadline.of(s).getVar());
			}
			if (declaration == null && !(anchor instanceof Quantified) && !(anchor instanceof Count)
					&& !(anchor instanceof Aggregate)) {
				declaration = anchor;
				subject = types.subjectEntity(anchor);
			}
		}
		// Xtext's scope of declarations and imports, built only for names that are not a variable or a field (most
		// names are), and from the rule or term rather than the expression: the expressions between declare nothing,
		// and asking from deep inside a long condition would walk all of it for each name
		EObject scopeContext = declaration != null ? declaration : context;
		IScope scope = new LazyScope(() -> new FallbackScope(enumValues(context), fileScope(scopeContext, reference)));
		scope = fieldsOf(subject, scope);
		// innermost first: Scopes.scopeFor shadows its parent, so build from the outermost
		for (int i = variables.size() - 1; i >= 0; i--) {
			scope = Scopes.scopeFor(List.of(variables.get(i)), scope);
		}
		return scope;
	}

	/**
	 * Xtext's scope of the declarations and imports seen from {@code context}. Where that is the scope the file itself
	 * sees, it is built once per file and reference and kept until the file changes, instead of once per name (the
	 * file's local names, the imports, the index: an eighth of the editor's build of a change, a fifth with the other
	 * references). It is the file's own when {@code context} lies in a rule or a term, inside which nothing has a
	 * qualified name ({@link PrivacyQualifiedNameProvider#namesNothingInside}), or when what the reference names is
	 * only ever declared at the top of a file (entities, types, rules, calendars...): no container between
	 * {@code context} and the file then holds a name the reference could mean.
	 */
	private IScope fileScope(EObject context, EReference reference) {
		EObject topLevel = context;
		while (topLevel.eContainer() != null && topLevel.eContainer().eContainer() != null) {
			topLevel = topLevel.eContainer();
		}
		EObject file = topLevel.eContainer();
		Resource resource = context.eResource();
		if (file == null || resource == null || !(PrivacyQualifiedNameProvider.namesNothingInside(topLevel)
				|| ONLY_AT_TOP_LEVEL.contains(reference.getEReferenceType()))) {
			return super.getScope(context, reference);
		}
		return cache.get(Tuples.create(FILE_SCOPE, file, reference), resource,
				() -> PrivacyScopeProvider.super.getScope(file, reference));
	}

	/** The classes whose objects only a file holds at its top, from the language's metamodel (its containments). */
	static Set<EClass> onlyAtTopLevel() {
		List<EClass> classes = P.getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast)
				.toList();
		// what any object other than a file can hold
		List<EClass> heldInside = classes.stream().filter(owner -> owner != P.getModel())
				.flatMap(owner -> owner.getEAllContainments().stream()).map(EReference::getEReferenceType).toList();
		Set<EClass> only = new HashSet<>();
		for (EClass type : classes) {
			boolean elsewhere = classes.stream()
					.filter(c -> !c.isAbstract() && !c.isInterface() && type.isSuperTypeOf(c))
					.anyMatch(c -> heldInside.stream().anyMatch(held -> held.isSuperTypeOf(c)));
			if (!elsewhere) {
				only.add(type);
			}
		}
		return Set.copyOf(only);
	}

	/**
	 * The values of the enumeration expected where {@code context} stands: on the right of a comparison whose left
	 * side is of an enumeration type, or in the list of {@code is one of}. Only the left side's type is consulted, so
	 * resolving one side never needs the other resolved first.
	 */
	private IScope enumValues(EObject context) {
		EObject container = context.eContainer();
		PrivacyType expected = null;
		if (container instanceof Compare compare && compare.getRight() == context) {
			expected = types.typeOf(compare.getLeft());
		} else if (container instanceof Membership membership && membership.getValues().contains(context)) {
			expected = types.typeOf(membership.getOperand());
		}
		if (expected == null) {
			return IScope.NULLSCOPE;
		}
		Enumeration enumeration = expected.enumeration();
		if (enumeration == null && expected.kind() == PrivacyType.Kind.WEEKDAY) {
			IEObjectDescription weekday = super.getScope(context, P.getTypeRef_Type())
					.getSingleElement(QualifiedName.create(PrivacyTypeComputer.WEEKDAY_ENUM));
			EObject o = weekday == null ? null : EcoreUtil.resolve(weekday.getEObjectOrProxy(), context);
			enumeration = o instanceof Enumeration e ? e : null;
		}
		if (enumeration == null) {
			return IScope.NULLSCOPE;
		}
		// a value without a name ("{ MD4, }") is a syntax error, already reported; it names nothing
		List<EnumValue> values = enumeration.getValues().stream().filter(v -> v.getName() != null).toList();
		return Scopes.scopeFor(values, v -> QualifiedName.create(v.getName()), IScope.NULLSCOPE);
	}
}
