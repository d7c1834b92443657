package dev.wscope.ui.spec;

import dev.wscope.core.collection.SpecFields;
import dev.wscope.core.collection.SpecStatus;
import java.util.Arrays;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The API-spec fields of a request or a collection as editable properties. FX thread only. */
public final class SpecFieldsModel {
    private final ObjectProperty<SpecStatus> status = new SimpleObjectProperty<>();
    private final StringProperty owner = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");

    public void load(SpecFields spec) {
        status.set(spec.status());
        owner.set(spec.owner());
        tags.set(String.join(", ", spec.tags()));
        description.set(spec.description());
    }

    /** Tags are typed comma-separated; blanks and repeats drop out. */
    public SpecFields toSpec() {
        return new SpecFields(status.get(), owner.get().strip(), Arrays.asList(tags.get().split(",")), description.get());
    }

    public List<Observable> observables() {
        return List.of(status, owner, tags, description);
    }

    public ObjectProperty<SpecStatus> statusProperty() {
        return status;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public StringProperty descriptionProperty() {
        return description;
    }
}
