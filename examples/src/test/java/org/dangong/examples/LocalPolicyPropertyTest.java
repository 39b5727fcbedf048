package org.dangong.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.dangong.policy.Policy;
import org.dangong.testkit.Jurisdictions;
import org.dangong.testkit.PropertyRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The local variant of {@link LocalPolicyExample} on generated jurisdictions, with the testkit. */
class LocalPolicyPropertyTest {

  @Test
  @DisplayName(
      "UNION-LAW Art. 11: before the local threshold takes effect, the city's policy decides every"
          + " building question as the national one does")
  void noChangeBeforeTheLocalRuleTakesEffect() {
    Policy city = LocalPolicyExample.cityPolicy();
    // GUIDE-BEGIN property-test
    PropertyRunner.forAll(Jurisdictions.jurisdictions().enterprises(1, 8))
        .samples(50)
        .seed(20260630L) // a failure message names the seed (and the sample's seed) to replay it
        .check(
            j ->
                assertThat(LocalPolicyExample.changedDecisions(j, city, LocalPolicyExample.BEFORE))
                    .isEmpty());
    // GUIDE-END property-test
  }
}
