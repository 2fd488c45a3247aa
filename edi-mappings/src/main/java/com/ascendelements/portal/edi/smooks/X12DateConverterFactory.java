package com.ascendelements.portal.edi.smooks;

import org.smooks.api.converter.TypeConverter;
import org.smooks.api.converter.TypeConverterDescriptor;
import org.smooks.api.converter.TypeConverterFactory;
import org.smooks.api.converter.TypeConverterException;
import org.smooks.engine.converter.DefaultTypeConverterDescriptor;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Converts X12 dates to {@link LocalDate} for the Smooks javabean bindings: CCYYMMDD (DT, 8 digits) and
 * YYMMDD (6 digits, as in ISA09 and some 004010 elements; years 00-49 are 20xx, 50-99 are 19xx).
 * Registered through {@code META-INF/services/org.smooks.api.converter.TypeConverterFactory}, so a binding
 * onto a {@code LocalDate} property needs no decoder attribute.
 */
public class X12DateConverterFactory implements TypeConverterFactory<String, LocalDate> {

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    @Override
    public TypeConverter<String, LocalDate> createTypeConverter() {
        return X12DateConverterFactory::parse;
    }

    @Override
    public TypeConverterDescriptor<Class<String>, Class<LocalDate>> getTypeConverterDescriptor() {
        return new DefaultTypeConverterDescriptor<>(String.class, LocalDate.class);
    }

    /** Parses CCYYMMDD or YYMMDD; blank gives {@code null}. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        try {
            if (value.length() == 8) {
                return LocalDate.parse(value, CCYYMMDD);
            }
            if (value.length() == 6) {
                int year = Integer.parseInt(value.substring(0, 2));
                return LocalDate.parse((year < 50 ? "20" : "19") + value, CCYYMMDD);
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new TypeConverterException("not an X12 date (CCYYMMDD or YYMMDD): '" + text + "'", e);
        }
        throw new TypeConverterException("not an X12 date (CCYYMMDD or YYMMDD): '" + text + "'");
    }

    /** Formats as CCYYMMDD; {@code null} gives {@code null}. */
    public static String format(LocalDate date) {
        return date == null ? null : date.format(CCYYMMDD);
    }
}
