package dev.wscope.core.collection;

/**
 * A server an API description names, as it wrote it ({name} variables included), so an export gives it
 * back: Slack's RTM starts at protocol "https", host "slack.com", pathname "/api/rtm.connect".
 */
public record ApiServer(String name, String protocol, String host, String pathname) {
    public ApiServer {
        name = name == null ? "" : name;
        protocol = protocol == null ? "" : protocol;
        host = host == null ? "" : host;
        pathname = pathname == null ? "" : pathname;
    }
}
