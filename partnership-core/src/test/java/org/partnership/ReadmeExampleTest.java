package org.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.partnership.model.Authority;
import org.partnership.model.AuthoritySource;
import org.partnership.model.Domain;
import org.partnership.model.Mode;
import org.partnership.model.Organization;
import org.partnership.model.Person;
import org.partnership.model.Role;
import org.partnership.model.Style;

/** The code example of the README compiles, runs and says what the README says. */
class ReadmeExampleTest {

  @Test
  void theReadmeExampleRunsAsShown() {
    // README:begin
    Domain curriculum = Domain.of("curriculum");
    Organization school =
        Organization.builder()
            .addPerson(Person.of("pat", "Pat Lee"))
            .addPerson(
                Person.builder()
                    .id("tom")
                    .displayName("Tom Berg")
                    .putCompetence(curriculum, 0.9)
                    .build())
            .addRole(
                Role.builder()
                    .id("principal")
                    .title("Principal")
                    .putDelegationLevel(curriculum, Style.AGREE)
                    .build())
            .addRole(Role.of("math-teacher", "Mathematics Teacher", "principal"))
            .assign("pat", "principal")
            .assign("tom", "math-teacher")
            .build();

    int level = school.levelOf("math-teacher"); // 1
    List<Role> chain = school.chainOfCommand("math-teacher"); // math-teacher, principal
    List<Authority> authority = school.holdersOfAuthority(curriculum);
    // principal by POSITION (delegation level AGREE), tom by COMPETENCE (0.9)
    Mode mode = Style.AGREE.mode(); // PARTNER: the decision is shared
    // README:end

    assertThat(level).isEqualTo(1);
    assertThat(chain).extracting(Role::id).containsExactly("math-teacher", "principal");
    assertThat(authority)
        .extracting(Authority::source, Authority::holderId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(AuthoritySource.POSITION, "principal"),
            org.assertj.core.groups.Tuple.tuple(AuthoritySource.COMPETENCE, "tom"));
    assertThat(mode).isEqualTo(Mode.PARTNER);
  }

  @Test
  void theReadmeShowsExactlyThisExample() throws IOException {
    String test =
        Files.readString(
            Path.of("src/test/java/org/partnership/ReadmeExampleTest.java"),
            StandardCharsets.UTF_8);
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    String fromTest = between(test, "// README:begin\n", "    // README:end");
    Matcher block =
        Pattern.compile(
                "<!-- example:begin -->\\s*```java\\n(.*?)```\\s*<!-- example:end -->",
                Pattern.DOTALL)
            .matcher(readme);
    assertThat(block.find()).as("README has an example block").isTrue();
    String code = block.group(1).replaceAll("(?m)^import [^\\n]*\\n", "");
    assertThat(withoutWhitespace(code)).isEqualTo(withoutWhitespace(fromTest));
    // The block's imports are the test's, and every type of the test's imports it names is there.
    java.util.Set<String> shown = imports(block.group(1));
    java.util.Set<String> used = imports(test);
    assertThat(used).containsAll(shown);
    String names = code.replaceAll("//[^\\n]*", "");
    for (String i : used) {
      String simple = i.substring(i.lastIndexOf('.') + 1);
      if (Pattern.compile("\\b" + simple + "\\b").matcher(names).find()) {
        assertThat(shown).as("README imports").contains(i);
      }
    }
  }

  private static java.util.Set<String> imports(String code) {
    java.util.Set<String> imports = new java.util.TreeSet<>();
    Matcher m = Pattern.compile("(?m)^import ([\\w.]+);").matcher(code);
    while (m.find()) {
      imports.add(m.group(1));
    }
    return imports;
  }

  private static String between(String text, String begin, String end) {
    int from = text.indexOf(begin) + begin.length();
    return text.substring(from, text.indexOf(end, from));
  }

  private static String withoutWhitespace(String code) {
    return code.replaceAll("\\s+", "");
  }
}
