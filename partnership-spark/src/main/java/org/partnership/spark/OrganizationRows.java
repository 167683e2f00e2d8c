package org.partnership.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.partnership.model.Organization;
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

  /**
   * The fields of {@code actual} that {@code known} lacks, by path ({@code people[].attributez}),
   * in order; inside a map of {@code known} (competences, attributes, delegation levels) any key is
   * allowed.
   */
  static List<String> unknownFields(StructType known, StructType actual, String prefix) {
    List<String> unknown = new ArrayList<>();
    for (StructField f : actual.fields()) {
      String path = prefix.isEmpty() ? f.name() : prefix + "." + f.name();
      if (!java.util.Arrays.asList(known.fieldNames()).contains(f.name())) {
        unknown.add(path);
        continue;
      }
      org.apache.spark.sql.types.DataType k = known.apply(f.name()).dataType();
      org.apache.spark.sql.types.DataType a = f.dataType();
      if (k instanceof org.apache.spark.sql.types.ArrayType
          && a instanceof org.apache.spark.sql.types.ArrayType) {
        k = ((org.apache.spark.sql.types.ArrayType) k).elementType();
        a = ((org.apache.spark.sql.types.ArrayType) a).elementType();
        path = path + "[]";
      }
      if (k instanceof StructType && a instanceof StructType) {
        unknown.addAll(unknownFields((StructType) k, (StructType) a, path));
      }
    }
    return unknown;
  }

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
      PortableOrganization parts = PortableOrganization.empty();
      for (Row p : list(row, from)) {
        Map<String, Double> competences = new TreeMap<>();
        map(p, 2).forEach((d, v) -> competences.put(d, ((Number) v).doubleValue()));
        Map<String, String> attributes = new TreeMap<>();
        map(p, 3).forEach((k, v) -> attributes.put(k, String.valueOf(v)));
        parts.person(
            required(p, 0, "person id"), required(p, 1, "displayName"), competences, attributes);
      }
      for (Row r : list(row, from + 1)) {
        Map<String, String> levels = new TreeMap<>();
        map(r, 3).forEach((d, s) -> levels.put(d, String.valueOf(s)));
        parts.role(
            required(r, 0, "role id"),
            required(r, 1, "title"),
            r.isNullAt(2) ? null : r.getString(2),
            levels);
      }
      for (Row a : list(row, from + 2)) {
        parts.assignment(required(a, 0, "person"), required(a, 1, "role"));
      }
      return parts.organization();
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

  private static List<Row> list(Row row, int i) {
    return row.isNullAt(i) ? List.of() : row.getList(i);
  }

  private static Map<String, Object> map(Row row, int i) {
    return row.isNullAt(i) ? Map.of() : row.getJavaMap(i);
  }
}
