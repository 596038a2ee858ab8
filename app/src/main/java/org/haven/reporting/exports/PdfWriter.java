package org.haven.reporting.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes pages top to bottom: wrapped text lines and horizontal bar charts, starting a new page when one is
 * full. The standard PDF fonts cover Latin-1 only, so other characters are written as {@code ?}; the
 * exports that carry names in other scripts (CSV, XLSX) keep them.
 */
final class PdfWriter implements AutoCloseable {
  static final float MARGIN = 50;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

  final PDDocument document = new PDDocument();
  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private PDPageContentStream content;
  private float y;

  void newPage() throws IOException {
    if (content != null) {
      content.close();
    }
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    content = new PDPageContentStream(document, page);
    y = PDRectangle.A4.getHeight() - MARGIN;
  }

  void heading(String text) throws IOException {
    line(text, bold, 14, 20);
  }

  void text(String text) throws IOException {
    for (String line : wrap(safe(text), 9, regular)) {
      line(line, regular, 9, 12);
    }
  }

  void gap(float points) throws IOException {
    room(points);
    y -= points;
  }

  /** A horizontal bar per label; a null value (suppressed) is drawn as no bar and labelled {@code *}. */
  void barChart(List<String> labels, List<Long> values) throws IOException {
    long max = values.stream().filter(v -> v != null).mapToLong(Long::longValue).max().orElse(0);
    float labelWidth = 150;
    float barMax = WIDTH - labelWidth - 40;
    for (int i = 0; i < labels.size(); i++) {
      room(14);
      Long v = values.get(i);
      write(truncate(safe(labels.get(i)), 30), regular, 8, MARGIN, y - 9);
      if (v != null && max > 0) {
        float w = Math.max(1, barMax * v / max);
        content.setNonStrokingColor(0.18f, 0.42f, 0.65f);
        content.addRect(MARGIN + labelWidth, y - 11, w, 10);
        content.fill();
        content.setNonStrokingColor(0f, 0f, 0f);
        write(v.toString(), regular, 8, MARGIN + labelWidth + w + 4, y - 9);
      } else {
        write(v == null ? HxlCsv.SUPPRESSED : "0", regular, 8, MARGIN + labelWidth + 2, y - 9);
      }
      y -= 14;
    }
  }

  byte[] bytes() throws IOException {
    if (content != null) {
      content.close();
      content = null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }

  @Override
  public void close() {
    try {
      if (content != null) {
        content.close();
      }
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void line(String text, PDType1Font font, float size, float height) throws IOException {
    room(height);
    write(safe(text), font, size, MARGIN, y - size);
    y -= height;
  }

  private void write(String text, PDType1Font font, float size, float x, float at) throws IOException {
    content.beginText();
    content.setFont(font, size);
    content.newLineAtOffset(x, at);
    content.showText(text);
    content.endText();
  }

  private void room(float height) throws IOException {
    if (content == null || y - height < MARGIN) {
      newPage();
    }
  }

  private List<String> wrap(String text, float size, PDType1Font font) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = current.isEmpty() ? word : current + " " + word;
      if (font.getStringWidth(candidate) / 1000 * size > WIDTH && !current.isEmpty()) {
        lines.add(current.toString());
        current = new StringBuilder(word);
      } else {
        current = new StringBuilder(candidate);
      }
    }
    lines.add(current.toString());
    return lines;
  }

  static String safe(String text) {
    StringBuilder s = new StringBuilder();
    for (char c : (text == null ? "" : text).toCharArray()) {
      s.append((c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c <= 0xff) ? c : c == '\u2013' || c == '\u2014' ? '-' : '?');
    }
    return s.toString();
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + ".";
  }
}
