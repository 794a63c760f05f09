package org.privacy.dsl.ide.limits;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.impl.ListBasedDiagnosticConsumer;
import org.eclipse.xtext.util.ReplaceRegion;
import org.privacy.dsl.compiler.PrivacyCompiler;
import org.privacy.dsl.privacy.Element;
import org.privacy.dsl.privacy.Expectation;
import org.privacy.dsl.privacy.Model;
import org.privacy.dsl.privacy.PrivacyPackage;
import org.privacy.dsl.privacy.Rule;
import org.privacy.dsl.privacy.Scenario;
import org.privacy.dsl.resource.PrivacyLinkingResource;
import org.privacy.dsl.validation.IssueCodes;
import org.privacy.dsl.validation.Message;
import org.privacy.dsl.validation.Messages;

import com.google.inject.Inject;

/**
 * A rule file as the language server loads it: parsed, unless it is over the size limit, its check ran out of memory,
 * or it nests expressions deeper than the parser's stack can follow ({@link DocumentLimits}); then it is loaded
 * empty, with one diagnostic at its start saying why ({@code privacy.not-checked}, {@code privacy.too-deep}). The
 * text is read only up to the limit, so a file over it is never held as a model.
 */
public class LimitedResource extends PrivacyLinkingResource {

	/** Links alone (of one rule) at most between two links of the whole file. */
	private static final int ALONE_BETWEEN_WHOLE = 200;

	@Inject
	private DocumentLimits limits;

	/** The diagnostic of a file not parsed; kept when the resource's diagnostics are cleared (a new parse, a relink). */
	private NotChecked notChecked;

	/** The file's model and its declarations before the update being made ({@link #reparseWhereChanged}), else null. */
	private Model modelBeforeUpdate;
	private List<Element> elementsBeforeUpdate;

	/** Links of one rule alone since the last link of the whole file. */
	private int linkedAlone;

	@Override
	protected void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		notChecked = null;
		Optional<Message> why = limits.whyNotChecked(getURI());
		if (why.isPresent()) {
			loadEmpty(options, why.get());
			return;
		}
		String text = readAtMost(inputStream, limits.maxCharacters() + 1);
		if (text.length() > limits.maxCharacters()) {
			loadEmpty(options, Messages.notCheckedTooLarge(limits.maxCharacters()));
			return;
		}
		try {
			super.doLoad(new ByteArrayInputStream(text.getBytes(getEncoding())), options);
		} catch (RuntimeException | StackOverflowError e) {
			if (!PrivacyCompiler.isTooDeep(e)) {
				throw e;
			}
			limits.nestsTooDeeply(getURI());
			loadEmpty(options, Messages.tooDeep());
		}
	}

	/**
	 * Takes in a new text of this file by re-parsing only the region that changed, where Xtext's partial parser can
	 * (it parses the whole text again where it cannot), instead of unloading the model and loading it anew: the
	 * declarations around the change keep their model objects. The region is {@link #changedRegion}, so any number of
	 * editor changes make one region.
	 * Answers false, having changed nothing, where a fresh load is needed: the file was loaded empty (over the limit,
	 * or out of memory), the new text is over the limit or the same as the old, or there is no parse to start from.
	 * The links are installed again (on the whole model, or on a rule alone: {@link #doLinking()}), and the diagnostics
	 * computed again, as after a load.
	 */
	public boolean reparseWhereChanged(String newText) {
		if (notChecked != null || !isLoaded() || getParseResult() == null || getParseResult().getRootNode() == null
				|| limits.whyNotChecked(getURI()).isPresent() || newText.length() > limits.maxCharacters()) {
			return false;
		}
		String oldText = getParseResult().getRootNode().getText();
		if (oldText.equals(newText)) {
			return false;
		}
		ReplaceRegion changed = changedRegion(oldText, newText);
		modelBeforeUpdate = !getContents().isEmpty() && getContents().get(0) instanceof Model model ? model : null;
		elementsBeforeUpdate = modelBeforeUpdate == null ? null : List.copyOf(modelBeforeUpdate.getElements());
		try {
			update(changed.getOffset(), changed.getLength(), changed.getText());
		} finally {
			modelBeforeUpdate = null;
			elementsBeforeUpdate = null;
		}
		return true;
	}

	/**
	 * Links the whole file, as Xtext does, or, after a re-parse that put a new rule of the same id in place of one
	 * rule and kept every other declaration, that rule alone. Nothing outside a rule can name what is inside it (its
	 * quantifier variables are local), and only a scenario's expectations name a rule, by its id: so every other link
	 * of the file stays right, and the expectations that named the old rule name the new one. The names of the other
	 * declarations that did not resolve are tried again by the build, which resolves what is left. Xtext keeps a
	 * list of the file's proxies that only a whole link clears; one every {@value #ALONE_BETWEEN_WHOLE} links alone
	 * keeps it short.
	 */
	@Override
	protected void doLinking() {
		Replaced replaced = ruleReplacedAlone();
		if (replaced == null || !(getLinker() instanceof DeclarationLinker linker)
				|| linkedAlone >= ALONE_BETWEEN_WHOLE) {
			linkedAlone = 0;
			super.doLinking();
			return;
		}
		linkedAlone++;
		ListBasedDiagnosticConsumer consumer = new ListBasedDiagnosticConsumer();
		linker.linkAlone(replaced.rule(), consumer);
		if (!isValidationDisabled()) {
			getErrors().addAll(consumer.getResult(Severity.ERROR));
			getWarnings().addAll(consumer.getResult(Severity.WARNING));
		}
		for (Element element : ((Model) getContents().get(0)).getElements()) {
			if (element instanceof Scenario scenario) {
				for (Expectation expectation : scenario.getExpectations()) {
					if (expectation.eGet(PrivacyPackage.Literals.EXPECTATION__RULE, false) == replaced.old()) {
						expectation.setRule(replaced.rule());
					}
				}
			}
		}
	}

	/**
	 * The old and the new rule when the update being linked put one rule in place of another of the same id and kept
	 * every other declaration and the file's model; else null.
	 */
	private Replaced ruleReplacedAlone() {
		List<Element> before = elementsBeforeUpdate;
		// a whole parse makes a new model (a change in the header, or across declarations): everything is new
		if (before == null || getContents().isEmpty() || getContents().get(0) != modelBeforeUpdate
				|| !(getContents().get(0) instanceof Model model) || model.getElements().size() != before.size()) {
			return null;
		}
		int changed = -1;
		for (int i = 0; i < before.size(); i++) {
			if (model.getElements().get(i) != before.get(i)) {
				if (changed >= 0) {
					return null;
				}
				changed = i;
			}
		}
		return changed >= 0 && before.get(changed) instanceof Rule old
				&& model.getElements().get(changed) instanceof Rule rule && old.getName() != null
				&& old.getName().equals(rule.getName()) ? new Replaced(old, rule) : null;
	}

	/** A rule of the file, and the one of the same id that took its place. */
	private record Replaced(Rule old, Rule rule) {
	}

	/**
	 * The one change that turns {@code oldText} into {@code newText}: the text between their longest common start and
	 * their longest common end, replaced.
	 */
	public static ReplaceRegion changedRegion(String oldText, String newText) {
		int shorter = Math.min(oldText.length(), newText.length());
		int start = 0;
		while (start < shorter && oldText.charAt(start) == newText.charAt(start)) {
			start++;
		}
		int end = 0;
		while (end < shorter - start
				&& oldText.charAt(oldText.length() - 1 - end) == newText.charAt(newText.length() - 1 - end)) {
			end++;
		}
		return new ReplaceRegion(start, oldText.length() - end - start,
				newText.substring(start, newText.length() - end));
	}

	private void loadEmpty(Map<?, ?> options, Message message) throws IOException {
		notChecked = new NotChecked(message);
		super.doLoad(new ByteArrayInputStream(new byte[0]), options);
	}

	@Override
	protected void clearErrorsAndWarnings() {
		super.clearErrorsAndWarnings();
		if (notChecked != null) {
			(IssueCodes.TOO_DEEP.equals(notChecked.getCode()) ? getErrors() : getWarnings()).add(notChecked);
		}
	}

	private String readAtMost(InputStream in, int characters) throws IOException {
		Reader reader = new InputStreamReader(in, getEncoding());
		StringBuilder text = new StringBuilder();
		char[] buffer = new char[8192];
		int read;
		while (text.length() < characters
				&& (read = reader.read(buffer, 0, Math.min(buffer.length, characters - text.length()))) >= 0) {
			text.append(buffer, 0, read);
		}
		return text.toString();
	}

	/** Why a file is not checked, at its first character: a warning, or the error of a file nested too deeply. */
	private final class NotChecked extends AbstractDiagnostic {

		private final Message message;

		NotChecked(Message message) {
			this.message = message;
		}

		@Override
		protected INode getNode() {
			return null;
		}

		@Override
		public String getCode() {
			return message.code();
		}

		@Override
		public String[] getData() {
			return new String[0];
		}

		@Override
		public String getMessage() {
			return message.text();
		}

		@Override
		public int getOffset() {
			return 0;
		}

		@Override
		public int getLength() {
			return 0;
		}

		@Override
		public int getLine() {
			return 1;
		}

		@Override
		public int getColumn() {
			return 1;
		}

		@Override
		public int getLineEnd() {
			return 1;
		}

		@Override
		public int getColumnEnd() {
			return 1;
		}

		@Override
		public String getLocation() {
			return String.valueOf(getURI());
		}
	}
}
