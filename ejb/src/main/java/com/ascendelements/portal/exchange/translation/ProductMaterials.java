package com.ascendelements.portal.exchange.translation;

import com.ascendelements.portal.catalog.Material;
import com.ascendelements.portal.catalog.Materials;
import com.ascendelements.portal.edi.message.ProductId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Our material for the product ids of an X12 line (PO1, LIN, IT1): the first id that is one of our material codes. */
@ApplicationScoped
public class ProductMaterials {

    @Inject
    private Materials materials;

    /** The first id that is one of our material codes, else the first id given (for a refusal to name), else null. */
    public String codeOf(List<ProductId> ids) {
        List<String> given = ids.stream().map(ProductId::getId).filter(id -> id != null && !id.isBlank()).map(String::strip).toList();
        return given.stream().filter(id -> materials.byCode(id).isPresent()).findFirst().orElse(given.isEmpty() ? null : given.get(0));
    }

    /** @throws TranslationException naming the segment ({@code where}) and the ids it carried, when none is ours */
    public Material of(List<ProductId> ids, String where) {
        return ids.stream().map(ProductId::getId).filter(id -> id != null && !id.isBlank())
                .map(materials::byCode).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new TranslationException(where + ": no known material among product ids "
                        + ids.stream().map(p -> p.getQualifier() + " " + p.getId()).toList()));
    }
}
