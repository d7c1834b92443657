package dev.wscope.core.diagnosis;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.wscope.core.timeline.EventJson;

/** The `doctor --json` object, exactly as CONTRACT.md gives it. */
public final class DoctorJson {
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().setPrettyPrinting().create();

    private DoctorJson() {
    }

    public static String write(DoctorReport report) {
        return GSON.toJson(toJson(report));
    }

    public static JsonObject toJson(DoctorReport report) {
        JsonObject json = new JsonObject();
        json.addProperty("url", report.url());
        json.addProperty("ok", report.ok());
        json.addProperty("insecure", report.insecure());
        JsonArray steps = new JsonArray();
        for (DoctorStep step : report.steps()) {
            JsonObject item = new JsonObject();
            item.addProperty("step", step.step());
            item.addProperty("status", step.status().wire());
            item.addProperty("millis", step.millis());
            item.addProperty("detail", step.detail());
            steps.add(item);
        }
        json.add("steps", steps);
        Diagnosis diagnosis = report.diagnosis();
        json.addProperty("cause", diagnosis == null ? null : diagnosis.cause().code());
        json.addProperty("summary", report.summary());
        json.addProperty("fix", diagnosis == null ? null : diagnosis.fix());
        json.add("request", report.request() == null ? JsonNull.INSTANCE : request(report.request()));
        json.add("response", report.response() == null ? JsonNull.INSTANCE : response(report.response()));
        json.add("tls", report.tls() == null ? JsonNull.INSTANCE : tls(report.tls()));
        return json;
    }

    private static JsonObject request(RawRequest request) {
        JsonObject json = new JsonObject();
        json.addProperty("line", request.line());
        json.add("headers", EventJson.headers(request.headers()));
        return json;
    }

    private static JsonObject response(RawResponse response) {
        JsonObject json = new JsonObject();
        json.addProperty("status", response.status());
        json.addProperty("reason", response.reason());
        json.add("headers", EventJson.headers(response.headers()));
        json.addProperty("body", response.body());
        return json;
    }

    private static JsonObject tls(TlsInfo tls) {
        JsonObject json = new JsonObject();
        json.addProperty("protocol", tls.protocol());
        json.addProperty("cipher", tls.cipher());
        JsonArray chain = new JsonArray();
        for (CertificateInfo certificate : tls.peerCertificates()) {
            JsonObject item = new JsonObject();
            item.addProperty("subject", certificate.subject());
            item.addProperty("issuer", certificate.issuer());
            item.addProperty("notBefore", certificate.notBefore());
            item.addProperty("notAfter", certificate.notAfter());
            item.addProperty("sha256", certificate.sha256());
            JsonArray names = new JsonArray();
            certificate.names().forEach(names::add);
            item.add("names", names);
            chain.add(item);
        }
        json.add("peerCertificates", chain);
        return json;
    }
}
