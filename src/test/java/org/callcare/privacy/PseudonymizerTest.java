package org.callcare.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PseudonymizerTest {
  private static final Pseudonymizer P = Pseudonymizer.withKey("a key of the site, kept safe");

  @Test
  void customerIdsBecomeStableKeyedPseudonyms() {
    String a = P.customerId("CU-1001");
    assertTrue(a.matches("cust-[0-9a-f]{16}"), a);
    assertEquals(a, P.customerId("CU-1001"), "the same id, the same pseudonym: repeat contacts still link");
    assertNotEquals(a, P.customerId("CU-1002"));
    assertNotEquals(a, Pseudonymizer.withKey("another site's key, elsewhere").customerId("CU-1001"));
    assertNull(P.customerId(null));
  }

  @Test
  void callIdsChangeOnlyWhenTheyHoldPersonalData() {
    assertEquals("C-1001", P.callId("C-1001"));
    assertEquals("7c1f3e2a-5b9d-4e61-8a0f-2d4c6b8e9a13", P.callId("7c1f3e2a-5b9d-4e61-8a0f-2d4c6b8e9a13"));
    assertTrue(P.callId("+44 20 7946 0958").startsWith("call-"));
    assertTrue(P.callId("jane.doe@example.com 09:30").startsWith("call-"));
  }

  @Test
  void aShortKeyIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Pseudonymizer.withKey("short"));
  }
}
