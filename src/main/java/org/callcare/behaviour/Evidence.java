package org.callcare.behaviour;

import org.callcare.domain.Behaviour;
import org.callcare.domain.Speaker;

/**
 * Why a call got a behaviour: the turn (0-based index), the rule ({@code derived:…} for behaviours that come
 * from the call's shape rather than a phrase), the matched words and the sentence they are in.
 */
public record Evidence(int turnIndex, Speaker speaker, Behaviour behaviour, String ruleId, String matchedText,
    String sentence) {}
