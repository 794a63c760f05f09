package org.privacy.dsl.ide.highlighting;

import static org.privacy.dsl.ide.highlighting.PrivacyTokenStyles.*;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;
import org.privacy.dsl.privacy.BaseCalendar;
import org.privacy.dsl.privacy.Calendar;
import org.privacy.dsl.privacy.CalendarTest;
import org.privacy.dsl.privacy.Category;
import org.privacy.dsl.privacy.ClosedOnHolidays;
import org.privacy.dsl.privacy.Count;
import org.privacy.dsl.privacy.DataSubject;
import org.privacy.dsl.privacy.DataUse;
import org.privacy.dsl.privacy.DurationLiteral;
import org.privacy.dsl.privacy.DurationUnit;
import org.privacy.dsl.privacy.Entity;
import org.privacy.dsl.privacy.EnumValue;
import org.privacy.dsl.privacy.Enumeration;
import org.privacy.dsl.privacy.Field;
import org.privacy.dsl.privacy.FieldAccess;
import org.privacy.dsl.privacy.OpeningHours;
import org.privacy.dsl.privacy.Parameter;
import org.privacy.dsl.privacy.Policy;
import org.privacy.dsl.privacy.PrivacyPackage;
import org.privacy.dsl.privacy.Quantified;
import org.privacy.dsl.privacy.Reference;
import org.privacy.dsl.privacy.Rule;
import org.privacy.dsl.privacy.Statement;
import org.privacy.dsl.privacy.Term;
import org.privacy.dsl.privacy.TypeRef;
import org.privacy.dsl.privacy.Variable;
import org.privacy.dsl.privacy.WithinHours;
import org.privacy.dsl.typing.Calendars;

/**
 * Tells apart what the words of a rule file are: terms (by kind), entities, fields (personal data or not), rule ids,
 * legal bases, lengths of time, enumerations and their values, parameters, categories, calendars and opening hours. The token types and
 * modifiers are those of {@link PrivacyTokenStyles}.
 */
public class PrivacySemanticHighlightingCalculator extends DefaultSemanticHighlightingCalculator {

	private static final PrivacyPackage P = PrivacyPackage.eINSTANCE;

	@Override
	protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancelIndicator) {
		if (object instanceof Entity) {
			highlightFeature(acceptor, object, P.getNamed_Name(), ENTITY, DECLARATION);
		} else if (object instanceof Field field) {
			highlightFeature(acceptor, field, P.getNamed_Name(), fieldStyles(field, DECLARATION));
			Category category = resolved(field.getCategory());
			highlightFeature(acceptor, field, P.getField_Category(), categoryStyles(category));
		} else if (object instanceof TypeRef ref) {
			highlightFeature(acceptor, ref, P.getTypeRef_Type(),
					ref.getType() instanceof Enumeration ? ENUMERATION : ENTITY);
			highlightFeature(acceptor, ref, P.getTypeRef_Via(), FIELD);
			highlightFeature(acceptor, ref, P.getTypeRef_Sharing(), FIELD);
			highlightFeature(acceptor, ref, P.getTypeRef_SharedAs(), FIELD);
		} else if (object instanceof Enumeration) {
			highlightFeature(acceptor, object, P.getNamed_Name(), ENUMERATION, DECLARATION);
		} else if (object instanceof EnumValue) {
			highlightFeature(acceptor, object, P.getNamed_Name(), ENUM_VALUE, DECLARATION);
		} else if (object instanceof Category category) {
			highlightFeature(acceptor, category, P.getCategory_Name(), with(categoryStyles(category), DECLARATION));
		} else if (object instanceof DataUse) {
			highlightFeature(acceptor, object, P.getDataUse_Name(), CATEGORY, DECLARATION);
		} else if (object instanceof DataSubject) {
			highlightFeature(acceptor, object, P.getDataSubject_Name(), CATEGORY, DECLARATION);
		} else if (object instanceof Term term) {
			highlightFeature(acceptor, term, P.getNamed_Name(), TERM, termKind(term), DECLARATION);
			highlightFeature(acceptor, term, P.getTerm_Activity(), ENTITY);
			highlightFeature(acceptor, term, P.getTerm_Subject(), ENTITY);
		} else if (object instanceof Parameter) {
			highlightFeature(acceptor, object, P.getNamed_Name(), PARAMETER, READONLY, DECLARATION);
		} else if (object instanceof Policy policy) {
			highlightFeature(acceptor, object, P.getPolicy_Name(), POLICY, DECLARATION);
			highlightFeature(acceptor, policy, P.getPolicy_Holidays(), calendarStyles(policy.getHolidays()));
		} else if (object instanceof Rule rule) {
			highlightRule(rule, acceptor);
		} else if (object instanceof Statement statement) {
			EObject subject = statement.getSubject();
			highlightFeature(acceptor, statement, P.getStatement_Subject(), referenceStyles(subject));
		} else if (object instanceof Reference reference && !(object instanceof FieldAccess)) {
			highlightFeature(acceptor, reference, P.getReference_Target(), referenceStyles(reference.getTarget()));
		} else if (object instanceof Variable) {
			highlightFeature(acceptor, object, P.getNamed_Name(), VARIABLE, DECLARATION);
		} else if (object instanceof Calendar) {
			highlightFeature(acceptor, object, P.getCalendar_Name(), CALENDAR, HOLIDAYS_MODIFIER, DECLARATION);
		} else if (object instanceof OpeningHours) {
			highlightFeature(acceptor, object, P.getOpeningHours_Name(), CALENDAR, OPENING_HOURS_MODIFIER, DECLARATION);
		} else if (object instanceof CalendarTest test) {
			highlightFeature(acceptor, test, P.getCalendarTest_Calendar(), calendarStyles(test.getCalendar()));
		} else if (object instanceof BaseCalendar base) {
			highlightFeature(acceptor, base, P.getBaseCalendar_Calendar(), calendarStyles(base.getCalendar()));
		} else if (object instanceof ClosedOnHolidays closed) {
			highlightFeature(acceptor, closed, P.getClosedOnHolidays_Calendar(), calendarStyles(closed.getCalendar()));
		} else if (object instanceof WithinHours within) {
			highlightFeature(acceptor, within, P.getWithinHours_Hours(),
					resolved(within.getHours()) == null ? new String[0]
							: new String[] { CALENDAR, OPENING_HOURS_MODIFIER });
		} else if (object instanceof DurationLiteral duration) {
			highlightNode(acceptor, NodeModelUtils.findActualNodeFor(duration), durationStyles(duration));
		}
		if (object instanceof FieldAccess access) {
			highlightFeature(acceptor, access, P.getFieldAccess_Field(), fieldStyles(resolved(access.getField())));
		}
		return false;
	}

	private void highlightRule(Rule rule, IHighlightedPositionAcceptor acceptor) {
		highlightFeature(acceptor, rule, P.getRule_Name(), RULE_ID, DECLARATION);
		for (INode basis : NodeModelUtils.findNodesForFeature(rule, P.getRule_Bases())) {
			highlightNode(acceptor, basis, LEGAL_BASIS, LEGAL_BASIS_MODIFIER);
		}
		highlightFeature(acceptor, rule, P.getRule_EffectiveOn(), fieldStyles(resolved(rule.getEffectiveOn())));
	}

	@Override
	protected void highlightFeature(IHighlightedPositionAcceptor acceptor, EObject object,
			EStructuralFeature feature, String... styleIds) {
		if (styleIds.length > 0) {
			super.highlightFeature(acceptor, object, feature, styleIds);
		}
	}

	private static String[] referenceStyles(EObject target) {
		if (target == null || target.eIsProxy()) {
			return new String[0];
		}
		if (target instanceof Field field) {
			return fieldStyles(field);
		}
		if (target instanceof Term term) {
			return new String[] { TERM, termKind(term) };
		}
		if (target instanceof Entity) {
			return new String[] { ENTITY };
		}
		if (target instanceof Enumeration) {
			return new String[] { ENUMERATION };
		}
		if (target instanceof EnumValue) {
			return new String[] { ENUM_VALUE };
		}
		if (target instanceof Parameter) {
			return new String[] { PARAMETER, READONLY };
		}
		if (target instanceof Variable) {
			return new String[] { VARIABLE };
		}
		return new String[0];
	}

	/** A calendar's name where it is used; built-in calendars also carry the standard defaultLibrary modifier. */
	private static String[] calendarStyles(Calendar calendar) {
		if (resolved(calendar) == null) {
			return new String[0];
		}
		return Calendars.isBuiltIn(calendar) ? new String[] { CALENDAR, HOLIDAYS_MODIFIER, DEFAULT_LIBRARY }
				: new String[] { CALENDAR, HOLIDAYS_MODIFIER };
	}

	/** The kind modifier of a term, read from its syntax so that highlighting never resolves references. */
	static String termKind(Term term) {
		if (term.isEvent()) {
			return EVENT_MODIFIER;
		}
		return NodeModelUtils.findNodesForFeature(term, P.getTerm_Activity()).isEmpty() ? CONDITION_MODIFIER
				: ACTIVITY_MODIFIER;
	}

	private static String[] fieldStyles(Field field, String... more) {
		if (field == null) {
			return new String[0];
		}
		List<String> styles = new ArrayList<>(List.of(FIELD));
		if (isPersonalData(resolved(field.getCategory()))) {
			styles.add(PERSONAL_DATA_MODIFIER);
		}
		styles.addAll(List.of(more));
		return styles.toArray(String[]::new);
	}

	private static String[] categoryStyles(Category category) {
		if (category == null) {
			return new String[0];
		}
		return isPersonalData(category) ? new String[] { CATEGORY, PERSONAL_DATA_MODIFIER }
				: new String[] { CATEGORY };
	}

	private static String[] durationStyles(DurationLiteral duration) {
		boolean calendar = duration.getCompact() == null
				&& (duration.getUnit() == DurationUnit.MONTHS || duration.getUnit() == DurationUnit.YEARS);
		return calendar ? new String[] { DURATION, DURATION_MODIFIER, CALENDAR_MODIFIER }
				: new String[] { DURATION, DURATION_MODIFIER };
	}

	/** Whether a category is personal data: {@code user} or a key under it. */
	public static boolean isPersonalData(Category category) {
		return category != null && category.getName() != null
				&& (category.getName().equals("user") || category.getName().startsWith("user."));
	}

	private static String[] with(String[] styles, String more) {
		String[] result = java.util.Arrays.copyOf(styles, styles.length + 1);
		result[styles.length] = more;
		return result;
	}

	private static <T extends EObject> T resolved(T object) {
		return object == null || object.eIsProxy() ? null : object;
	}
}
