package org.partnership.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.partnership.jackson.DocumentFormat;
import org.partnership.jackson.OrganizationDocuments;
import org.partnership.model.Organization;

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

  private SampleOrganizations() {}

  /**
   * The sample school district.
   *
   * @throws UncheckedIOException if the resource cannot be read (a broken build)
   */
  public static Organization district() {
    try (InputStream in = SampleOrganizations.class.getResourceAsStream(DISTRICT_RESOURCE)) {
      if (in == null) {
        throw new UncheckedIOException(
            new IOException("resource " + DISTRICT_RESOURCE + " is missing from the classpath"));
      }
      return OrganizationDocuments.read(in, "district.json", DocumentFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
