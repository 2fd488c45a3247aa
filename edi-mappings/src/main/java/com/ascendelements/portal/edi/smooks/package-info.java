/**
 * X12 translation with Smooks 2 and DFDL (Apache Daffodil): received files to message DTOs, message DTOs to
 * X12 interchanges.
 *
 * <p>Entry point: {@link com.ascendelements.portal.edi.smooks.X12Translator}. The path of a file:
 * {@link com.ascendelements.portal.edi.x12.TransactionSetSplitter} splits it into transaction sets (or
 * interchanges) and reads each ISA's delimiters ({@link com.ascendelements.portal.edi.x12.X12Delimiters}, the one
 * delimiter type of the module); {@link com.ascendelements.portal.edi.smooks.SmooksInstanceCache} gives the Smooks
 * instance for that delimiter set (DFDL schema {@code /x12/x12-interchange.dfdl.xsd}, bindings
 * {@code /x12/smooks-x12-read.xml}); the schema is compiled once per JVM and kept on disk by
 * {@link com.ascendelements.portal.edi.smooks.CompiledSchemaCache}. Writing builds the DFDL infoset as XML and
 * lets the Smooks EDI unparser produce the text.</p>
 *
 * <p>Translation only: envelope validation and acknowledgments (997/TA1) are the StAEDI-based validator's job.</p>
 */
package com.ascendelements.portal.edi.smooks;
