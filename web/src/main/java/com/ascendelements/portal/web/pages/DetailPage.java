package com.ascendelements.portal.web.pages;

import com.ascendelements.portal.common.InvalidRequestException;
import com.ascendelements.portal.common.NotFoundException;
import com.ascendelements.portal.common.NotPermittedException;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.function.Supplier;

/**
 * A page that shows one document given by the {@code id} request parameter. A document that does not exist, or
 * that the caller may not see, gives the same answer: a 404 and a denial message, never the document.
 */
public abstract class DetailPage<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private transient T item;
    private String denial;

    /** Reads the document; called by f:viewAction. */
    public void load() {
        if (id == null) {
            deny("No document was asked for.");
            return;
        }
        try {
            item = find(id);
        } catch (NotFoundException | EJBAccessException | AccessLocalException e) {
            deny(e instanceof NotFoundException ? e.getMessage() : "Your role may not see this document.");
        } catch (InvalidRequestException e) {   // e.g. a ship form for an order that cannot ship yet: the reason instead
            deny(e.getMessage());
        }
    }

    protected abstract T find(long id);

    /** Runs a change, reloads the document and says what happened; a refusal becomes a message beside the form. */
    protected void act(Supplier<?> change, String done) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            change.get();
            item = find(id);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
        } catch (InvalidRequestException | NotPermittedException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            faces.validationFailed();
        } catch (NotFoundException | EJBAccessException | AccessLocalException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "You may not change this document.", null));
            faces.validationFailed();
        }
    }

    private void deny(String message) {
        item = null;
        denial = message;
        FacesContext faces = FacesContext.getCurrentInstance();
        ((HttpServletResponse) faces.getExternalContext().getResponse()).setStatus(HttpServletResponse.SC_NOT_FOUND);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public T getItem() {
        return item;
    }

    public String getDenial() {
        return denial;
    }
}
