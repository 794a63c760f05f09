package org.privacy.dsl.ide.server;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;

/** Sends every log line of Xtext (log4j) to standard error, at level WARN and above. */
final class StderrLogging {

	private StderrLogging() {
	}

	static void install() {
		Logger root = Logger.getRootLogger();
		root.removeAllAppenders();
		ConsoleAppender appender = new ConsoleAppender(new PatternLayout("%d{HH:mm:ss} %-5p %c{1}: %m%n"),
				ConsoleAppender.SYSTEM_ERR);
		root.addAppender(appender);
		root.setLevel(Level.WARN);
	}
}
