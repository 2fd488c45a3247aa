package com.ascendelements.portal.web.pages;

import com.ascendelements.portal.common.Page;
import com.ascendelements.portal.common.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy list backed by an application service: the service reads one page with its count, in one
 * call, so the database does the paging, sorting and filtering whatever the size of the table.
 */
public class PageModel<T> extends LazyDataModel<T> {

    private final transient BiFunction<PageRequest, Map<String, FilterMeta>, Page<T>> source;
    private final transient Function<T, Object> key;
    private transient Page<T> last;
    private transient Page<T> prefetched;
    private transient PageRequest prefetchedFor;

    public PageModel(BiFunction<PageRequest, Map<String, FilterMeta>, Page<T>> source, Function<T, Object> key) {
        this.source = source;
        this.key = key;
    }

    /**
     * The number of rows. The table asks for it just before it loads a page, and exports ask for it on their
     * own: the first page is read with it, and {@link #load} uses that read when it asks for the same page.
     */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        prefetchedFor = new PageRequest(0, Math.max(getPageSize(), 1), null, false);
        prefetched = source.apply(prefetchedFor, filterBy);
        return (int) prefetched.total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
        PageRequest request = new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
                sort != null && sort.getOrder() == SortOrder.ASCENDING);
        last = request.equals(prefetchedFor) ? prefetched : source.apply(request, filterBy);
        prefetched = null;
        prefetchedFor = null;
        setRowCount((int) last.total());
        return last.rows();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return last == null ? null : last.rows().stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }
}
