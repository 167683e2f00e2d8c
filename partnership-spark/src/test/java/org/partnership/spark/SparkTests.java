package org.partnership.spark;

import org.apache.spark.sql.SparkSession;

/** One local Spark session for the module's tests: two cores, no UI, few shuffle partitions. */
final class SparkTests {

  private SparkTests() {}

  private static SparkSession session;

  static synchronized SparkSession spark() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("partnership-spark-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "4")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.sql.session.timeZone", "UTC")
              .getOrCreate();
      session.sparkContext().setLogLevel("ERROR");
    }
    return session;
  }
}
