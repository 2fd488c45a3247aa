package com.ascendelements.portal.web.pages;

import com.ascendelements.portal.common.FieldErrors;
import com.ascendelements.portal.common.InvalidFormException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * Puts a service's refusal of a form beside the fields it names: the field key {@code lots:2:quantity} is the input
 * {@code quantity} of the third row of the table {@code lots} in the form, so the row's {@code p:message} shows it.
 */
final class FormMessages {

    private FormMessages() {
    }

    static void show(String formId, InvalidFormException refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        refusal.fieldErrors().forEach((field, message) -> faces.addMessage(
                FieldErrors.DOCUMENT.equals(field) ? null : formId + ":" + field,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null)));
        if (refusal.fieldErrors().size() > 1 || !refusal.fieldErrors().containsKey(FieldErrors.DOCUMENT)) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Please correct the fields marked below", null));
        }
        faces.validationFailed();
    }

    static void error(String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }

    /** Shows the message on the next page (after a redirect). */
    static void info(String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(message));
    }
}
