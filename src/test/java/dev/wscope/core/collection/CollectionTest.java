package dev.wscope.core.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.wscope.core.request.KeyValue;
import dev.wscope.core.variables.Environment;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollectionTest {
    @Test
    void requestsAreListedDepthFirstInTreeOrder() {
        SavedRequest a = SavedRequest.of("a", "ws://h/a");
        SavedRequest b = SavedRequest.of("b", "ws://h/b");
        SavedRequest c = SavedRequest.of("c", "ws://h/c");
        Collection collection = Collection.named("x").withItems(List.of(a, new Folder("f", List.of(new Folder("g",
                List.of(b)))), c));

        assertEquals(List.of("a", "b", "c"), collection.requests().stream().map(SavedRequest::name).toList());
    }

    @Test
    void mapRequestsReachesRequestsInNestedFolders_andKeepsTheTree() {
        Collection collection = Collection.named("x").withItems(List.of(new Folder("f", List.of(SavedRequest.of("a",
                "ws://h/a")))));

        Collection renamed = collection.mapRequests(r -> r.withName(r.name().toUpperCase()));

        Folder folder = (Folder) renamed.items().get(0);
        assertEquals("A", folder.items().get(0).name());
    }

    @Test
    void enabledParamsMakeTheQueryOfTheAddressToConnectTo() {
        SavedRequest request = new SavedRequest(null, "r", "ws://h/p?old=1", List.of(KeyValue.of("a", "1"),
                new KeyValue(false, "b", "2")), List.of(), List.of(), List.of(), null, null, List.of());

        assertEquals("ws://h/p?a=1", request.connectRequest().url());
    }

    @Test
    void withoutParamRows_theAddressIsUsedAsTyped() {
        assertEquals("ws://h/p?x=1", SavedRequest.of("r", "ws://h/p?x=1").connectRequest().url());
    }

    @Test
    void everyChange_keepsWhatTheImportedApiSaid() {
        ApiInfo api = new ApiInfo("2.3.1", List.of(new ApiServer("production", "https", "slack.com", "/api/rtm.connect")));
        Collection collection = new Collection(null, "x", null, List.of(SavedRequest.of("a", "ws://h/a")), List.of(), api);

        assertEquals(api, collection.withItems(List.of()).withSpec(SpecFields.empty())
                .withEnvironments(List.of(new Environment("e", List.of()))).mapRequests(r -> r).api());
        assertEquals(api, CollectionEdits.rename(collection, TreePath.root(), "y").api());
        assertEquals(ApiInfo.none(), Collection.named("made here").api());
    }

    @Test
    void newRequestsAndCollectionsGetTheirOwnIds() {
        assertNotEquals(SavedRequest.of("a", "ws://h").id(), SavedRequest.of("a", "ws://h").id());
        assertNotEquals(Collection.named("a").id(), Collection.named("a").id());
    }

    @Test
    void tagsAreTrimmedAndKeptOnce() {
        assertEquals(List.of("a", "b"), new SpecFields(null, "", List.of(" a", "b", "a ", " "), "").tags());
    }

    @Test
    void statusIsFoundByIdOrLabel() {
        assertEquals(SpecStatus.DEPRECATED, SpecStatus.byId("deprecated").orElseThrow());
        assertEquals(SpecStatus.RELEASED, SpecStatus.byId("Released").orElseThrow());
    }
}
