package org.haven.locations.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.haven.identity.Actor;
import org.haven.locations.ImportSummary;
import org.haven.locations.Location;
import org.haven.locations.LocationImport;
import org.haven.locations.LocationPage;
import org.haven.locations.Locations;
import org.haven.shared.InvalidRequestException;
import org.haven.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The gazetteer: reference data every signed-in user may read; imports need the location-management right. */
@RestController
@RequestMapping("/api/v1/locations")
@Tag(name = "Locations")
class LocationController {
  private final Locations locations;
  private final LocationImport imports;

  LocationController(Locations locations, LocationImport imports) {
    this.locations = locations;
    this.imports = imports;
  }

  /** The body is streamed to the reader, not buffered: boundary files can be tens of megabytes. */
  @PostMapping(path = "/import", consumes = {"text/csv", "application/csv", "text/plain"})
  @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
      description = "HXL-tagged CSV of administrative areas: optional header rows, a row of hashtags (#country+code,"
          + " #adm1+code, #adm1+name+i_fr, ...), then one row per unit with its ancestors. UTF-8 unless the"
          + " Content-Type names another charset.",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
  ImportSummary importCsv(Actor actor, HttpServletRequest request) throws IOException {
    return imports.importCsv(actor, request.getInputStream(), charsetOf(request));
  }

  @GetMapping
  LocationPage search(Actor actor, @RequestParam(required = false) UUID parentId,
      @RequestParam(required = false) Integer level, @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    if (level != null && (level < 0 || level > 5)) {
      throw InvalidRequestException.of("level", "must be from 0 (country) to 5");
    }
    if (page < 0) {
      throw InvalidRequestException.of("page", "must be 0 or more");
    }
    if (size < 1 || size > Locations.MAX_PAGE_SIZE) {
      throw InvalidRequestException.of("size", "must be from 1 to " + Locations.MAX_PAGE_SIZE);
    }
    return locations.search(parentId, level, q, page, size);
  }

  @GetMapping("/{id}")
  Location get(Actor actor, @PathVariable UUID id) {
    return locations.find(id).orElseThrow(() -> new NotFoundException("location " + id));
  }

  private static Charset charsetOf(HttpServletRequest request) {
    String declared = request.getCharacterEncoding();
    if (declared == null) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(declared);
    } catch (IllegalArgumentException e) {
      throw InvalidRequestException.of("Content-Type", "names an unknown charset");
    }
  }
}
