package org.privacy.dsl.resource;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescription.Delta;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionManager;
import org.privacy.dsl.privacy.PrivacyPackage;

/**
 * The files of one package are one rule set: a change to one can make a name in another unique again or a duplicate,
 * so every file of a package is re-validated when another file of the package changes what it exports.
 */
public class PrivacyResourceDescriptionManager extends DefaultResourceDescriptionManager {

	@Override
	public boolean isAffected(Collection<Delta> deltas, IResourceDescription candidate, IResourceDescriptions context) {
		if (super.isAffected(deltas, candidate, context)) {
			return true;
		}
		Set<QualifiedName> packages = packagesOf(candidate);
		if (packages.isEmpty()) {
			return false;
		}
		for (Delta delta : deltas) {
			if (!delta.haveEObjectDescriptionsChanged() || delta.getUri().equals(candidate.getURI())) {
				continue;
			}
			for (IResourceDescription side : new IResourceDescription[] { delta.getOld(), delta.getNew() }) {
				if (side != null && packagesOf(side).stream().anyMatch(packages::contains)) {
					return true;
				}
			}
		}
		return false;
	}

	/** The package a file declares: the exported name of its model. */
	private static Set<QualifiedName> packagesOf(IResourceDescription description) {
		Set<QualifiedName> packages = new HashSet<>();
		for (IEObjectDescription d : description.getExportedObjectsByType(PrivacyPackage.Literals.MODEL)) {
			packages.add(d.getName());
		}
		return packages;
	}
}
