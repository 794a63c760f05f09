package org.privacy.dsl.ide.server;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
import org.apache.log4j.spi.Filter;
import org.apache.log4j.spi.LoggingEvent;
import org.apache.log4j.spi.ThrowableInformation;

/**
 * Sends every log line of Xtext (log4j) to standard error, at level WARN and above, except Xtext's errors for requests
 * that the client got wrong and that are answered with the protocol's error (see {@link RequestFailures}).
 */
final class StderrLogging {

	private StderrLogging() {
	}

	static void install() {
		Logger root = Logger.getRootLogger();
		root.removeAllAppenders();
		ConsoleAppender appender = new ConsoleAppender(new PatternLayout("%d{HH:mm:ss} %-5p %c{1}: %m%n"),
				ConsoleAppender.SYSTEM_ERR);
		appender.addFilter(new Filter() {
			@Override
			public int decide(LoggingEvent event) {
				ThrowableInformation thrown = event.getThrowableInformation();
				return thrown != null && RequestFailures.isAnsweredAsProtocolError(thrown.getThrowable()) ? DENY
						: NEUTRAL;
			}
		});
		root.addAppender(appender);
		root.setLevel(Level.WARN);
	}
}
