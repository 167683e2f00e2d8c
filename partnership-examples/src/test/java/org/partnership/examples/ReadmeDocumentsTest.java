package org.partnership.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.partnership.jackson.DocumentFormat;
import org.partnership.jackson.DocumentType;
import org.partnership.rules.Policy;

/** The README's example documents are valid documents. */
class ReadmeDocumentsTest {

  static String yamlBlock(String firstLine) throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    Matcher m =
        Pattern.compile("```yaml\n(" + Pattern.quote(firstLine) + ".*?)```", Pattern.DOTALL)
            .matcher(readme);
    assertThat(m.find()).as("README has a yaml block starting " + firstLine).isTrue();
    return m.group(1);
  }

  @Test
  void thePolicyExampleIsAValidPolicyWithTheSeedsThresholds() throws IOException {
    Policy policy =
        DocumentType.POLICY.parse(
            yamlBlock("# policy:"), "README.md policy example", DocumentFormat.YAML);
    assertThat(policy.id()).isEqualTo("district");
    assertThat(policy.balance()).isEqualTo(Policy.seed().balance());
    // The seed's thresholds, with the district's protected attributes declared.
    assertThat(policy.assessment())
        .isEqualTo(
            org.partnership.rules.AssessmentParameters.builder()
                .from(Policy.seed().assessment())
                .fairnessAttributes(java.util.List.of("site", "contract"))
                .build());
    assertThat(policy.recommendation()).isEqualTo(Policy.seed().recommendation());
  }
}
