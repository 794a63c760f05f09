package org.privacy.dsl.eclipse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

/**
 * The problem markers of a rule file: one per issue of the language's validation, with its issue code and the data
 * its quick fix needs. They show in the editor's rulers and the Problems view.
 */
public final class Markers {

	/** The marker type (a problem marker and a text marker). */
	public static final String TYPE = "org.privacy.dsl.eclipse.problem";
	/** The issue code, e.g. {@code privacy.unknown-name}. */
	public static final String ISSUE_CODE = "issueCode";
	/** The issue's data, its items separated by {@link #DATA_SEPARATOR}. */
	public static final String ISSUE_DATA = "issueData";
	static final String DATA_SEPARATOR = "\u001f";
	/** A file's session property, set once its markers were written (the number of checks so far). */
	public static final QualifiedName CHECKED = new QualifiedName(PrivacyEditorPlugin.ID, "checks");

	private Markers() {
	}

	/** The issues of the language's validation of {@code edited} (all its checks), for {@link #replace}. */
	static List<Issue> issues(EditedResource edited, CancelIndicator cancel) {
		return edited.resource().getResourceServiceProvider().getResourceValidator().validate(edited.resource(),
				CheckMode.ALL, cancel);
	}

	/**
	 * Replaces the markers of {@code file} by those of {@code issues}. A marker whose issue is still there is kept as
	 * it is, so that a problem selected in the Problems view (or a quick fix chosen for it) survives the next check.
	 */
	static void replace(IFile file, List<Issue> issues) throws CoreException {
		ResourcesPlugin.getWorkspace().run(monitor -> {
			if (!file.exists()) {
				return;
			}
			List<IMarker> old = new ArrayList<>(List.of(file.findMarkers(TYPE, false, IResource.DEPTH_ZERO)));
			for (Issue issue : issues) {
				if (issue.getSeverity() == Severity.IGNORE) {
					continue;
				}
				Map<String, Object> attributes = attributes(issue);
				IMarker same = null;
				for (IMarker marker : old) {
					if (attributes.equals(marker.getAttributes())) {
						same = marker;
						break;
					}
				}
				if (same != null) {
					old.remove(same);
				} else {
					file.createMarker(TYPE, attributes);
				}
			}
			for (IMarker gone : old) {
				gone.delete();
			}
			Object checks = file.getSessionProperty(CHECKED);
			file.setSessionProperty(CHECKED, checks instanceof Integer n ? n + 1 : 1);
		}, file, IWorkspace.AVOID_UPDATE, null);
	}

	private static Map<String, Object> attributes(Issue issue) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.MESSAGE, issue.getMessage());
		attributes.put(IMarker.SEVERITY, switch (issue.getSeverity()) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		});
		if (issue.getLineNumber() != null) {
			attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber());
			attributes.put(IMarker.LOCATION, "line " + issue.getLineNumber());
		}
		if (issue.getOffset() != null && issue.getLength() != null) {
			attributes.put(IMarker.CHAR_START, issue.getOffset());
			attributes.put(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
		}
		if (issue.getCode() != null) {
			attributes.put(ISSUE_CODE, issue.getCode());
		}
		if (issue.getData() != null && issue.getData().length > 0) {
			attributes.put(ISSUE_DATA, String.join(DATA_SEPARATOR,
					java.util.Arrays.stream(issue.getData()).map(d -> d == null ? "" : d).toList()));
		}
		return attributes;
	}

	/** The data a marker carries for its quick fix. */
	static String[] data(IMarker marker) {
		String data = marker.getAttribute(ISSUE_DATA, null);
		return data == null ? new String[0] : data.split(DATA_SEPARATOR, -1);
	}
}
