package com.ascendelements.portal.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.math.BigDecimal;

/**
 * Amounts and quantities in the API's JSON as plain decimal numbers: 40000, never 4E+4 (which a BigDecimal with a
 * negative scale, e.g. after stripTrailingZeros, would print, and which spreadsheets and some clients misread).
 */
@Provider
public class PlainNumbers implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withSerializers(new PlainDecimal()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    /** A decimal as JSON writes it, with no exponent for the magnitudes we trade in. */
    static BigDecimal plain(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    public static final class PlainDecimal implements JsonbSerializer<BigDecimal> {
        @Override
        public void serialize(BigDecimal value, JsonGenerator generator, SerializationContext context) {
            generator.write(plain(value));
        }
    }
}
