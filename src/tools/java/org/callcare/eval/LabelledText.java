package org.callcare.eval;

import java.util.Map;

/** One human-labelled agent message: where it came from, its text, and its 0/1 labels by label column name. */
public record LabelledText(String brand, String id, String text, Map<String, Boolean> labels) {}
