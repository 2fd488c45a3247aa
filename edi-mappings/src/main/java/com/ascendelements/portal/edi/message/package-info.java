/**
 * Message-shaped DTOs of the X12 transaction sets the portal exchanges (850, 855, 810, 856, and the partner's 997), with the
 * envelopes they travelled in. They mirror the messages, not the domain model: an anti-corruption translator
 * in the business layer maps them to domain commands. Plain JavaBeans (the Smooks javabean cartridge binds
 * them), no Jakarta EE dependency.
 */
package com.ascendelements.portal.edi.message;
