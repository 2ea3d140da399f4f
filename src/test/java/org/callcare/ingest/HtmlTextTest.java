package org.callcare.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
  @Test
  void removesTagsAndDecodesEntities() {
    assertEquals("Hi there, it's 5 > 3 — ok", HtmlText.toPlainText("<div class=\"msg\">Hi <i>there</i>, it&#39;s"
        + " 5 &gt; 3 &mdash; ok</div>"));
    assertEquals("a b", HtmlText.toPlainText("a<!-- note -->b".replace("b", " b")));
    assertEquals("😀 ok", HtmlText.toPlainText("&#x1F600; ok"));
  }

  @Test
  void plainTextIsLeftAlone() {
    String text = "AT&T and 3 < 5 & <3";
    assertSame(text, HtmlText.toPlainText(text));
    assertEquals("&bogus; stays", HtmlText.toPlainText("&bogus; stays"));
  }
}
