package org.partnership.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.partnership.jackson.DocumentFormat;
import org.partnership.jackson.DocumentType;
import org.partnership.model.Decision;
import org.partnership.model.Organization;
import org.partnership.model.TimeAllocation;

/**
 * Sample organizations shipped as resources.
 *
 * <p>The school district follows the seed's own example of a district and its high school where
 * "Partner when WE should &amp; Manage when I must" is deeply embedded: a superintendent; district
 * directors and two principals; assistant principals, department heads, team leads and district
 * staff; teachers, counselors and custodians; and teaching assistants — five levels, 42 people with
 * competences in eight domains and attributes (site, department, tenure, contract). One
 * instructional coach also teaches mathematics: two roles at two levels.
 */
public final class SampleOrganizations {

  /** The resource holding the school district, as JSON. */
  public static final String DISTRICT_RESOURCE = "/org/partnership/examples/district.json";

  /** The sample decisions of the district, as resources (YAML). */
  public static final List<String> DECISION_RESOURCES =
      List.of(
          "/org/partnership/examples/decisions/safety-drill.yaml",
          "/org/partnership/examples/decisions/curriculum-change.yaml",
          "/org/partnership/examples/decisions/budget-crisis.yaml",
          "/org/partnership/examples/decisions/hiring-panel.yaml",
          "/org/partnership/examples/decisions/timetable.yaml");

  /** Sample weekly time allocations of people at different levels, as resources (YAML). */
  public static final List<String> ALLOCATION_RESOURCES =
      List.of(
          "/org/partnership/examples/allocations/superintendent.yaml",
          "/org/partnership/examples/allocations/principal.yaml",
          "/org/partnership/examples/allocations/head-of-department.yaml",
          "/org/partnership/examples/allocations/teacher.yaml");

  private SampleOrganizations() {}

  /**
   * The sample school district.
   *
   * @throws UncheckedIOException if a resource cannot be read (a broken build)
   */
  public static Organization district() {
    return resource(DocumentType.ORGANIZATION, DISTRICT_RESOURCE);
  }

  /** The sample decisions of the district, in the order of {@link #DECISION_RESOURCES}. */
  public static List<Decision> decisions() {
    return DECISION_RESOURCES.stream().map(r -> resource(DocumentType.DECISION, r)).toList();
  }

  /**
   * A sample time allocation.
   *
   * @param resource one of {@link #ALLOCATION_RESOURCES}
   */
  public static TimeAllocation allocation(String resource) {
    return resource(DocumentType.TIME_ALLOCATION, resource);
  }

  private static <T> T resource(DocumentType<T> type, String resource) {
    try (InputStream in = SampleOrganizations.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(
            new IOException("resource " + resource + " is missing from the classpath"));
      }
      String name = resource.substring(resource.lastIndexOf('/') + 1);
      return type.read(in, name, DocumentFormat.of(java.nio.file.Path.of(name)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
