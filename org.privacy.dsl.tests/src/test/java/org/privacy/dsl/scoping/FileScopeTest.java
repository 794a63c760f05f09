package org.privacy.dsl.scoping;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.emf.ecore.EClass;
import org.junit.jupiter.api.Test;
import org.privacy.dsl.privacy.PrivacyPackage;

/**
 * Which names are looked up in a file's own scope, shared by every name of the file: those of the declarations that
 * only a file holds at its top, taken from the language's metamodel.
 */
class FileScopeTest {
	private static final PrivacyPackage P = PrivacyPackage.eINSTANCE;

	@Test
	void declarationsOfTheTopOfAFileAreTheOnlyOnesAtTheTop() {
		assertThat(PrivacyScopeProvider.onlyAtTopLevel()).contains(P.getEntity(), P.getEnumeration(), P.getType(),
				P.getTerm(), P.getApplicable(), P.getRule(), P.getCalendar(), P.getOpeningHours(), P.getCategory());
	}

	@Test
	void whatDeclarationsHoldIsNot() {
		assertThat(PrivacyScopeProvider.onlyAtTopLevel()).doesNotContain(P.getField(), P.getEnumValue(),
				P.getVariable(), P.getGivenRecord(), P.getNamed());
	}

	@Test
	void everyClassIsJudgedByItsObjects() {
		// an abstract class is at the top only if every class of its objects is
		for (EClass type : PrivacyScopeProvider.onlyAtTopLevel()) {
			P.getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast)
					.filter(c -> !c.isAbstract() && type.isSuperTypeOf(c))
					.forEach(c -> assertThat(PrivacyScopeProvider.onlyAtTopLevel()).contains(c));
		}
	}
}
