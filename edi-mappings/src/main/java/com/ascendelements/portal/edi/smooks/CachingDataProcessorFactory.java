package com.ascendelements.portal.edi.smooks;

import org.apache.daffodil.japi.DataProcessor;
import org.smooks.cartridges.dfdl.DataProcessorFactory;
import org.smooks.cartridges.dfdl.DfdlSchema;

/**
 * Plugs {@link CompiledSchemaCache} into the Smooks DFDL cartridge: compiled schemas are shared by all Smooks
 * instances of the JVM (the cartridge's own cache lives in one Smooks instance's registry, so a new delimiter
 * set would compile again) and stored in a configurable directory (the cartridge's {@code cacheOnDisk} writes
 * relative to the working directory and keys files by schema file name only).
 *
 * <p>Public with a no-argument constructor because the cartridge instantiates it by class name.</p>
 */
public class CachingDataProcessorFactory extends DataProcessorFactory {

    @Override
    protected DataProcessor compileOrGet(DfdlSchema dfdlSchema) {
        return CompiledSchemaCache.get(dfdlSchema.getUri(), dfdlSchema.getValidationMode());
    }
}
