package org.haven.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The few API calls the benchmark makes, over one shared HTTP/1.1 client on loopback. */
final class HavenClient {
  private static final Pattern STRING_FIELD = Pattern.compile("\"%s\"\\s*:\\s*\"([^\"]*)\"");

  private final HttpClient http;
  private final String baseUrl;
  private final String token;

  HavenClient(String baseUrl, String token) {
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    this.baseUrl = baseUrl;
    this.token = token;
  }

  static HavenClient login(String baseUrl, String username, String password) throws IOException,
      InterruptedException {
    HavenClient anonymous = new HavenClient(baseUrl, null);
    HttpResponse<String> r = anonymous.post("/api/v1/auth/token",
        "{\"username\":" + CaseBodies.quote(username) + ",\"password\":" + CaseBodies.quote(password) + "}");
    if (r.statusCode() != 200) {
      throw new IllegalStateException("login of " + username + " answered " + r.statusCode() + ": " + r.body());
    }
    return new HavenClient(baseUrl, field(r.body(), "token"));
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
    return http.send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> postRaw(String path, String contentType, String body) throws IOException,
      InterruptedException {
    return http.send(request(path).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Posts and insists on {@code 201 Created}; the new resource's id. */
  String create(String path, String json) throws IOException, InterruptedException {
    HttpResponse<String> r = post(path, json);
    if (r.statusCode() != 201) {
      throw new IllegalStateException("POST " + path + " answered " + r.statusCode() + ": " + r.body());
    }
    return field(r.body(), "id");
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
    return token == null ? b : b.header("Authorization", "Bearer " + token);
  }

  static String field(String json, String name) {
    Matcher m = Pattern.compile(String.format(STRING_FIELD.pattern(), name)).matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no " + name + " in " + json);
    }
    return m.group(1);
  }
}
