package dev.wscope.share.asyncapi;

/**
 * The x-wscope-* fields: what AsyncAPI has no place for, so collection -> AsyncAPI -> collection loses
 * nothing. On import they win over what the standard fields say; documents without them import as well.
 */
final class Extensions {
    /** Root: the version of these extensions; the collection's id, tree of folders and environments. */
    static final String VERSION = "x-wscope-version";
    static final String ID = "x-wscope-id";
    static final String ITEMS = "x-wscope-items";
    static final String ENVIRONMENTS = "x-wscope-environments";
    /** Root: the version and servers of the API the collection was imported from (see ApiInfo). */
    static final String API = "x-wscope-api";
    /** Info and channels: spec fields without a standard place. */
    static final String STATUS = "x-wscope-status";
    static final String OWNER = "x-wscope-owner";
    /** Channels: the request exactly as saved (address template, every row, subprotocols, options). */
    static final String URL = "x-wscope-url";
    static final String PARAMS = "x-wscope-params";
    static final String HEADERS = "x-wscope-headers";
    static final String COOKIES = "x-wscope-cookies";
    static final String SUBPROTOCOLS = "x-wscope-subprotocols";
    static final String OPTIONS = "x-wscope-options";
    /** Channels: the protocol spoken over the frames (socket.io, graphql, stomp, actioncable), when not raw. */
    static final String PROTOCOL = "x-wscope-protocol";
    /** Messages: the format and, where the example is parsed JSON, the body exactly as typed. */
    static final String FORMAT = "x-wscope-format";
    static final String BODY = "x-wscope-body";
    /** Messages: the protocol's verb (emit, subscribe, perform ...), the body being its argument. */
    static final String VERB = "x-wscope-verb";

    private Extensions() {
    }
}
