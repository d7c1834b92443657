package dev.wscope.ui.session;

import dev.wscope.core.request.KeyValue;
import dev.wscope.core.request.QueryString;
import dev.wscope.ui.keyvalue.KeyValueListModel;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.StringProperty;

/**
 * Keeps the params table and the address's query in step both ways: typing a query fills the table (its
 * disabled rows stay), editing the table rewrites the query. FX thread only.
 */
final class ParamsInAddress {
    private final StringProperty url;
    private final KeyValueListModel params;
    private boolean syncing;

    ParamsInAddress(StringProperty url, KeyValueListModel params) {
        this.url = url;
        this.params = params;
        url.addListener((o, old, text) -> addressEdited(text));
        params.addChangeListener(this::paramsEdited);
    }

    private void addressEdited(String text) {
        if (syncing) {
            return;
        }
        syncing = true;
        List<KeyValue> merged = new ArrayList<>(QueryString.paramsOf(text));
        params.values().stream().filter(p -> !p.enabled()).forEach(merged::add);
        params.setValues(merged);
        syncing = false;
    }

    private void paramsEdited() {
        if (syncing) {
            return;
        }
        syncing = true;
        url.set(QueryString.withParams(url.get(), params.values()));
        syncing = false;
    }
}
