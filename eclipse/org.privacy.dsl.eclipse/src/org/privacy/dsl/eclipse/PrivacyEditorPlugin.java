package org.privacy.dsl.eclipse;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** The editor bundle's life cycle: the language is started on first use and its workspace listener stopped here. */
public class PrivacyEditorPlugin extends AbstractUIPlugin {

	public static final String ID = "org.privacy.dsl.eclipse";

	@Override
	public void stop(BundleContext context) throws Exception {
		PrivacyLanguage.shutdown();
		super.stop(context);
	}

	/** Logs a failure of one of the language's services (the user keeps editing; the error log says what failed). */
	static void log(String what, Throwable failure) {
		ILog.of(PrivacyEditorPlugin.class).log(new Status(IStatus.ERROR, ID, what, failure));
	}
}
