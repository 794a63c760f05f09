package org.privacy.cli.command;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --now}: an ISO-8601 instant ({@code 2023-10-12T00:00:00Z}, an offset, or a date at 00:00 UTC). */
public final class InstantConverter implements ITypeConverter<Instant> {

	@Override
	public Instant convert(String value) {
		String text = value.trim();
		try {
			return OffsetDateTime.parse(text).toInstant();
		} catch (DateTimeParseException notAnOffsetDateTime) {
			// a plain date is the start of that day in UTC
		}
		try {
			return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
		} catch (DateTimeParseException notADate) {
			throw new TypeConversionException(
					"'" + value + "' is not an instant; write it like 2023-10-12T00:00:00Z");
		}
	}
}
