package org.partnership.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.partnership.model.Assignment;
import org.partnership.model.Domain;
import org.partnership.model.Organization;
import org.partnership.model.Person;
import org.partnership.model.Role;
import org.partnership.model.Style;
import org.partnership.text.SafeText;

/**
 * Organizations read by Spark's JSON reader, in the library's organization JSON format ({@code
 * people}, {@code roles}, {@code assignments}; docs/metrics.md): the schema to read a document
 * with, and the conversion of a row to an {@link Organization}. Stateless.
 */
final class OrganizationRows {

  private OrganizationRows() {}

  private static final StructType PERSON =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("id", DataTypes.StringType, true),
            DataTypes.createStructField("displayName", DataTypes.StringType, true),
            DataTypes.createStructField(
                "competences",
                DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType),
                true),
            DataTypes.createStructField(
                "attributes",
                DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType),
                true)
          });

  private static final StructType ROLE =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("id", DataTypes.StringType, true),
            DataTypes.createStructField("title", DataTypes.StringType, true),
            DataTypes.createStructField("reportsTo", DataTypes.StringType, true),
            DataTypes.createStructField(
                "delegationLevels",
                DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType),
                true)
          });

  private static final StructType ASSIGNMENT =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("person", DataTypes.StringType, true),
            DataTypes.createStructField("role", DataTypes.StringType, true)
          });

  /** The schema of an organization document, with a key field when one is named. */
  static StructType schema(String keyField) {
    List<StructField> fields = new ArrayList<>();
    if (keyField != null) {
      fields.add(DataTypes.createStructField(keyField, DataTypes.StringType, true));
    }
    fields.add(
        DataTypes.createStructField("people", DataTypes.createArrayType(PERSON, true), true));
    fields.add(DataTypes.createStructField("roles", DataTypes.createArrayType(ROLE, true), true));
    fields.add(
        DataTypes.createStructField(
            "assignments", DataTypes.createArrayType(ASSIGNMENT, true), true));
    return DataTypes.createStructType(fields);
  }

  /**
   * The organization of a row whose people, roles and assignments start at {@code from}.
   *
   * @throws IllegalArgumentException naming what is wrong (a missing id, an unknown style, an
   *     organization rule broken)
   */
  static Organization organization(Row row, int from, String what) {
    try {
      List<Person> people = new ArrayList<>();
      for (Row p : list(row, from)) {
        Person.Builder b =
            Person.builder()
                .id(required(p, 0, "person id"))
                .displayName(required(p, 1, "displayName"));
        map(p, 2).forEach((d, v) -> b.putCompetence(Domain.of(d), ((Number) v).doubleValue()));
        map(p, 3).forEach((k, v) -> b.putAttribute(k, String.valueOf(v)));
        people.add(b.build());
      }
      List<Role> roles = new ArrayList<>();
      for (Row r : list(row, from + 1)) {
        Role.Builder b =
            Role.builder().id(required(r, 0, "role id")).title(required(r, 1, "title"));
        if (!r.isNullAt(2)) {
          b.reportsTo(r.getString(2));
        }
        map(r, 3).forEach((d, s) -> b.putDelegationLevel(Domain.of(d), style(String.valueOf(s))));
        roles.add(b.build());
      }
      List<Assignment> assignments = new ArrayList<>();
      for (Row a : list(row, from + 2)) {
        assignments.add(Assignment.of(required(a, 0, "person"), required(a, 1, "role")));
      }
      return Organization.of(people, roles, assignments);
    } catch (IllegalArgumentException | NullPointerException | ClassCastException e) {
      throw new IllegalArgumentException(
          what + ": not an organization: " + SafeText.escape(String.valueOf(e.getMessage())), e);
    }
  }

  private static String required(Row r, int i, String name) {
    if (r.isNullAt(i)) {
      throw new IllegalArgumentException(name + " is missing");
    }
    return r.getString(i);
  }

  private static Style style(String name) {
    for (Style s : Style.values()) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    throw new IllegalArgumentException("not a style: \"" + name + "\"");
  }

  private static List<Row> list(Row row, int i) {
    return row.isNullAt(i) ? List.of() : row.getList(i);
  }

  private static Map<String, Object> map(Row row, int i) {
    return row.isNullAt(i) ? Map.of() : row.getJavaMap(i);
  }
}
