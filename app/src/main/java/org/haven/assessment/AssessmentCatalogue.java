package org.haven.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.haven.assessment.domain.Factor;
import org.haven.assessment.domain.Indicator;
import org.haven.assessment.domain.Level;
import org.haven.identity.Action;
import org.haven.identity.Actor;
import org.haven.shared.ConflictException;
import org.haven.shared.FieldError;
import org.haven.shared.InvalidRequestException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The catalogue of risk and protective factors and of exploitation and trafficking indicators, as data.
 * The shipped default ({@code assessment/catalogue.json}, labels in English, French, Arabic and Spanish)
 * is written to the database on first use; a deployment adds its own entries, which never replace a
 * shipped one (a code names one thing for good, so that past assessments keep their meaning).
 */
@Service
public class AssessmentCatalogue {
  static final String FACTOR = "factor";
  static final String INDICATOR = "indicator";
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{1,79}");
  private static final List<String> FRAMEWORKS = List.of("PALERMO", "ILO_FL", "UNODC_CHILD", "UNODC_GENERAL",
      "DTM_FMS", "IOM_SCREENING", "OTHER");
  private static final List<String> ELEMENTS = List.of("act", "means", "purpose", "general");

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final AssessmentAccess access;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private volatile boolean seeded;

  AssessmentCatalogue(JdbcClient jdbc, JsonMapper json, AssessmentAccess access, TransactionTemplate transactions,
      Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.access = access;
    this.transactions = transactions;
    this.clock = clock;
  }

  public Map<String, Factor> factors() {
    Map<String, Factor> factors = new LinkedHashMap<>();
    for (JsonNode node : entries(FACTOR)) {
      Factor factor = factorOf(node);
      factors.put(factor.code(), factor);
    }
    return factors;
  }

  public Map<String, Indicator> indicators() {
    Map<String, Indicator> indicators = new LinkedHashMap<>();
    for (JsonNode node : entries(INDICATOR)) {
      Indicator indicator = json.treeToValue(node, Indicator.class);
      indicators.put(indicator.code(), indicator);
    }
    return indicators;
  }

  /** The catalogue as clients see it. */
  public ObjectNode view() {
    ObjectNode view = json.createObjectNode();
    var factors = view.putArray("factors");
    entries(FACTOR).forEach(factors::add);
    var indicators = view.putArray("indicators");
    entries(INDICATOR).forEach(indicators::add);
    return view;
  }

  /** Adds a deployment's own factor ({@code kind} factor) or indicator; needs the right to manage forms. */
  public JsonNode add(Actor actor, String kind, JsonNode body) {
    access.require(actor, Action.FORM_MANAGE, "assessment-catalogue.add", "assessment_catalogue", null);
    ObjectNode entry = FACTOR.equals(kind) ? validFactor(body) : validIndicator(body);
    seed();
    String code = entry.get("code").asString();
    transactions.executeWithoutResult(tx -> {
      try {
        insert(kind, code, entry, false);
      } catch (DuplicateKeyException e) {
        throw new ConflictException("the catalogue has a " + kind + " " + code + " already");
      }
      access.allowed(actor, "assessment-catalogue.add", "assessment_catalogue", null, kind + " " + code);
    });
    return entry;
  }

  private List<JsonNode> entries(String kind) {
    seed();
    return jdbc.sql("select document from assessment_catalogue where kind = ? order by shipped desc, created_at, code")
        .param(kind).query((rs, n) -> json.readTree(rs.getString(1))).list();
  }

  private Factor factorOf(JsonNode node) {
    Map<String, String> labels = new LinkedHashMap<>();
    node.get("labels").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asString()));
    return new Factor(node.get("code").asString(), Level.fromCode(node.get("level").asString()),
        node.path("domain").asString(""), Factor.Polarity.valueOf(node.get("polarity").asString().toUpperCase()),
        node.get("weight").asInt(), node.path("critical").asBoolean(false), labels);
  }

  /** Writes the shipped entries the database lacks; several nodes doing it at once is harmless. */
  private void seed() {
    if (seeded) {
      return;
    }
    JsonNode shipped = readShipped();
    transactions.executeWithoutResult(tx -> {
      for (JsonNode factor : shipped.get("factors")) {
        insertIfMissing(FACTOR, factor);
      }
      for (JsonNode indicator : shipped.get("indicators")) {
        insertIfMissing(INDICATOR, indicator);
      }
    });
    seeded = true;
  }

  private void insertIfMissing(String kind, JsonNode entry) {
    String code = entry.get("code").asString();
    boolean present = jdbc.sql("select count(*) from assessment_catalogue where kind = ? and code = ?")
        .params(kind, code).query(Long.class).single() > 0;
    if (!present) {
      try {
        insert(kind, code, entry, true);
      } catch (DuplicateKeyException anotherNodeWasFaster) {
        // Same shipped data; nothing to do.
      }
    }
  }

  private void insert(String kind, String code, JsonNode entry, boolean shipped) {
    jdbc.sql("insert into assessment_catalogue (kind, code, document, shipped, created_at) values (?,?,?,?,?)")
        .params(kind, code, json.writeValueAsString(entry), shipped, OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)))
        .update();
  }

  private JsonNode readShipped() {
    try (InputStream in = new ClassPathResource("assessment/catalogue.json").getInputStream()) {
      return json.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException("the shipped assessment catalogue cannot be read", e);
    }
  }

  private ObjectNode validFactor(JsonNode body) {
    List<FieldError> errors = new ArrayList<>();
    ObjectNode entry = common(body, errors);
    String level = text(body, "level");
    try {
      entry.put("level", Level.fromCode(level).code());
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("level", e.getMessage()));
    }
    entry.put("domain", text(body, "domain") == null ? "other" : text(body, "domain"));
    String polarity = text(body, "polarity");
    if (!"risk".equals(polarity) && !"protective".equals(polarity)) {
      errors.add(new FieldError("polarity", "must be risk or protective"));
    }
    entry.put("polarity", polarity);
    int weight = body.path("weight").asInt(0);
    if (weight < 1 || weight > 3) {
      errors.add(new FieldError("weight", "must be 1, 2 or 3"));
    }
    entry.put("weight", weight);
    entry.put("critical", body.path("critical").asBoolean(false) && "risk".equals(polarity));
    entry.set("labels", labels(body, errors));
    return valid(entry, errors);
  }

  private ObjectNode validIndicator(JsonNode body) {
    List<FieldError> errors = new ArrayList<>();
    ObjectNode entry = common(body, errors);
    String framework = text(body, "framework");
    if (!FRAMEWORKS.contains(framework)) {
      errors.add(new FieldError("framework", "must be one of " + String.join(", ", FRAMEWORKS)));
    }
    entry.put("framework", framework);
    String element = text(body, "element");
    if (!ELEMENTS.contains(element)) {
      errors.add(new FieldError("element", "must be act, means, purpose or general"));
    }
    entry.put("element", element);
    entry.set("labels", labels(body, errors));
    return valid(entry, errors);
  }

  private ObjectNode common(JsonNode body, List<FieldError> errors) {
    ObjectNode entry = json.createObjectNode();
    String code = text(body, "code");
    if (code == null || !CODE.matcher(code).matches()) {
      errors.add(new FieldError("code", "must be lower case letters, digits and _, starting with a letter"));
    }
    entry.put("code", code);
    return entry;
  }

  private ObjectNode labels(JsonNode body, List<FieldError> errors) {
    ObjectNode labels = json.createObjectNode();
    JsonNode given = body.path("labels");
    if (!given.isObject() || !given.path("en").isString() || given.path("en").asString().isBlank()) {
      errors.add(new FieldError("labels.en", "is required"));
      return labels;
    }
    given.properties().forEach(e -> {
      if (e.getValue().isString() && e.getValue().asString().length() <= 200) {
        labels.put(e.getKey(), e.getValue().asString());
      } else {
        errors.add(new FieldError("labels." + e.getKey(), "must be text of at most 200 characters"));
      }
    });
    return labels;
  }

  private static ObjectNode valid(ObjectNode entry, List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    return entry;
  }

  private static String text(JsonNode body, String field) {
    JsonNode node = body == null ? null : body.get(field);
    return node == null || !node.isString() ? null : node.asString();
  }
}
