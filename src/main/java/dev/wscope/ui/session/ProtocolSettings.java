package dev.wscope.ui.session;

import dev.wscope.core.protocol.ProtocolKind;
import dev.wscope.core.protocol.ProtocolSetup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The protocol a request speaks (the choice beside the address) and its settings as editable properties, one
 * per setting of {@link ProtocolSetup}; each protocol reads the ones it knows. FX thread only.
 */
public final class ProtocolSettings {
    private final ObjectProperty<ProtocolKind> kind = new SimpleObjectProperty<>(ProtocolKind.RAW);
    private final Map<String, StringProperty> values = new LinkedHashMap<>();

    public ProtocolSettings() {
        for (String key : List.of(ProtocolSetup.AUTH, ProtocolSetup.EIO, ProtocolSetup.PATH, ProtocolSetup.INIT,
                ProtocolSetup.LOGIN, ProtocolSetup.PASSCODE, ProtocolSetup.VHOST, ProtocolSetup.HEARTBEAT)) {
            values.put(key, new SimpleStringProperty(""));
        }
    }

    public ProtocolSetup toSetup() {
        ProtocolSetup setup = ProtocolSetup.of(kind.get() == null ? ProtocolKind.RAW : kind.get());
        for (Map.Entry<String, StringProperty> value : values.entrySet()) {
            setup = setup.with(value.getKey(), value.getValue().get().strip());
        }
        return setup;
    }

    public void load(ProtocolSetup setup) {
        kind.set(setup.kind());
        values.forEach((key, property) -> property.set(setup.settings().getOrDefault(key, "")));
    }

    public ObjectProperty<ProtocolKind> kindProperty() {
        return kind;
    }

    /** The property of one setting, by its key (ProtocolSetup.AUTH ...). */
    public StringProperty setting(String key) {
        StringProperty property = values.get(key);
        if (property == null) {
            throw new IllegalArgumentException("no protocol setting " + key);
        }
        return property;
    }

    public List<Observable> observables() {
        List<Observable> all = new ArrayList<>(values.values());
        all.add(kind);
        return all;
    }
}
